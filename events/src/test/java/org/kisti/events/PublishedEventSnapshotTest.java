package org.kisti.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;

/**
 * The serialised JSON of every published event, pinned in src/test/resources/events. A failing test here means the
 * published contract changed: bump the event's version and add an upcaster instead of editing the fixture.
 */
class PublishedEventSnapshotTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    static Stream<KistiEvent> examples() {
        Money bdt100 = Money.of("100.00", "BDT");
        return Stream.of(
                new MemberEnrolled("org-demo", "m-1", "g-7", "Rahima Begum", DAY),
                new SavingsAccountOpened("org-demo", "s-1", "m-1", "BDT", DAY),
                new SavingsDeposited("org-demo", "s-1", "m-1", "d-1", bdt100, bdt100, DAY),
                new LoanDisbursed("org-demo", "l-1", "m-1", Money.of("10000.00", "BDT"), bdt100, DAY,
                        List.of(new LoanDisbursed.ScheduledInstallment(1, DAY.plusDays(14), Money.of("217.83", "BDT"),
                                Money.of("27.17", "BDT"), Money.zero("BDT"))),
                        "kisti-schedule/1", new BigDecimal("27.86"), new BigDecimal("32.03")),
                new InstallmentPaid("org-demo", "l-1", "m-1", "p-1", Money.of("245.00", "BDT"), Money.zero("BDT"),
                        Money.of("27.17", "BDT"), Money.of("217.83", "BDT"), Money.of("9782.17", "BDT"),
                        DAY.plusDays(14)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void serialisedFormMatchesThePinnedFixture(KistiEvent event) throws IOException {
        EventType type = EventCatalog.typeOf(event.getClass());
        String fixture = "/events/" + event.getClass().getSimpleName() + ".v" + type.version() + ".json";
        JsonNode pinned;
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            assertThat(in).as("fixture " + fixture).isNotNull();
            pinned = JSON.readTree(in);
        }
        JsonNode written = JSON.valueToTree(event);
        assertThat(written).isEqualTo(pinned);
        assertThat(JSON.treeToValue(pinned, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyEventIsInTheCatalogUnderItsCloudEventsType(KistiEvent event) {
        assertThat(EventCatalog.byCeType(EventCatalog.ceType(event.getClass()))).contains(event.getClass());
    }
}
