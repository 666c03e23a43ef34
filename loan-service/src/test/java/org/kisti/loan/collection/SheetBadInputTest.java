package org.kisti.loan.collection;

import static org.kisti.testing.badinput.Field.optional;
import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.FieldKind.CURRENCY;
import static org.kisti.testing.badinput.FieldKind.DECIMAL;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;
import static org.kisti.testing.badinput.FieldKind.TEXT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;
import org.kisti.testing.badinput.BadRequests.IdempotencyKey;
import org.kisti.testing.badinput.StoredFacts;

/**
 * Generated bad sheets and resolutions (ADR 0009): each a 4xx problem naming a field, none storing anything. The
 * valid body is a real sheet of a group loan-service knows, so only the broken field can be what is refused.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class SheetBadInputTest {

    private static final String ORG = "org-sheet-badinput";

    @TestHTTPResource
    URL root;

    @Inject
    DataSource dataSource;

    @Inject
    MembersView members;

    @Inject
    GroupRoster roster;

    @Test
    void everyGeneratedBadSheetIsAProblemNamingAFieldAndStoresNothing() {
        Meeting meeting = new Meeting(ORG, members, roster);
        String amina = meeting.member("a", "Amina Khatun");
        Map<String, Object> valid = meeting.sheet().row(amina, List.of(meeting.loan(amina), "245.00"), List.of())
                .body("245.00");
        BadRequests sheets = new BadRequests("/v1/orgs/" + ORG + "/collection-sheets", List.of(ORG), valid,
                List.of(required("sheetId", IDENTIFIER), required("groupId", IDENTIFIER),
                        required("meetingDate", FACT_DATE), required("officerId", IDENTIFIER),
                        required("version", TEXT), required("currency", CURRENCY),
                        required("cashCollected", DECIMAL)),
                IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /collection-sheets", root, TestTokens.staff(ORG), sheets.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadResolutionIsAProblemNamingAFieldAndStoresNothing() {
        Meeting meeting = new Meeting(ORG, members, roster);
        String amina = meeting.member("a", "Amina Khatun");
        String loan = meeting.loan(amina);
        meeting.desk().repay(loan, "11250.00", "2026-01-18").statusCode(201);
        Meeting.Sheet sheet = meeting.sheet().row(amina, List.of(loan, "245.00"), List.of());
        sheet.post().statusCode(201);
        BadRequests resolutions = new BadRequests("/v1/orgs/" + ORG + "/collection-sheets/" + sheet.sheetId
                + "/lines/1/resolution", List.of(ORG), Map.of("resolution", "REFUNDED", "resolvedOn", "2026-01-26",
                        "note", "Given back at the next meeting"),
                List.of(requiredEnum("resolution", "APPLIED_TO_LOAN", "DEPOSITED_TO_SAVINGS",
                                "WITHDRAWN_FROM_SAVINGS", "REFUNDED"), required("resolvedOn", FACT_DATE),
                        optional("note", TEXT)),
                IdempotencyKey.REQUIRED);

        BadInputProbe.assertAllRefused("POST /resolution", root, TestTokens.staff(ORG), resolutions.all(),
                StoredFacts.in(dataSource));
    }
}
