package org.kisti.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.savings.SavingsAccountOpened;

class EventUpcastsTest {

    private static final ObjectMapper JSON = EventJson.newMapper();

    @Test
    void aMemberEnrolledStoredAsVersion1IsReadAsVersion2InNoCohesionGroup() throws IOException {
        byte[] stored = EventFixtures.json(MemberEnrolled.class, 1);

        KistiEvent read = EventCatalog.read(JSON, "org.kisti.members.MemberEnrolled.v1", stored).orElseThrow();

        assertThat(read).isEqualTo(new MemberEnrolled("org-demo", "m-1", "g-7", null, "Rahima Begum",
                LocalDate.of(2026, 1, 5)));
    }

    @Test
    void theCurrentVersionIsReadAsItIs() throws IOException {
        KistiEvent read = EventCatalog.read(JSON, "org.kisti.members.MemberEnrolled.v2",
                EventFixtures.json(MemberEnrolled.class)).orElseThrow();

        assertThat(read).isEqualTo(EventFixtures.example(MemberEnrolled.class));
    }

    @Test
    void anOlderVersionIsFoundUnderItsOwnCloudEventsType() {
        assertThat(EventCatalog.byCeType("org.kisti.members.MemberEnrolled.v1")).contains(MemberEnrolled.class);
    }

    @Test
    void aVersionNoStepLeadsFromOrANewerOneIsUnknown() throws IOException {
        byte[] any = EventFixtures.json(MemberEnrolled.class);
        assertThat(EventCatalog.read(JSON, "org.kisti.members.MemberEnrolled.v3", any)).isEmpty();
        assertThat(EventCatalog.read(JSON, "org.kisti.members.MemberEnrolled.v0", any)).isEmpty();
        assertThat(EventCatalog.read(JSON, "org.kisti.savings.SavingsDeposited.v0", any)).isEmpty();
        assertThat(EventCatalog.byCeType("org.kisti.members.MemberEnrolled.v01")).isEmpty();
    }

    @Test
    void aLoanDisbursedStoredAsVersion1IsReadAsCurrentFromNoApplication() throws IOException {
        LoanDisbursed read = (LoanDisbursed) EventCatalog.read(JSON, "org.kisti.loans.LoanDisbursed.v1",
                EventFixtures.json(LoanDisbursed.class, 1)).orElseThrow();

        assertThat(read.origin()).isNull();
        assertThat(read.principal()).isEqualTo(EventFixtures.example(LoanDisbursed.class).principal());
    }

    @Test
    void aSavingsAccountOpenedStoredAsVersion1FollowsNoProduct() throws IOException {
        SavingsAccountOpened read = (SavingsAccountOpened) EventCatalog.read(JSON,
                "org.kisti.savings.SavingsAccountOpened.v1", EventFixtures.json(SavingsAccountOpened.class, 1))
                .orElseThrow();

        assertThat(read.productId()).isNull();
        assertThat(read.currency()).isEqualTo("BDT");
    }

    @Test
    void aLoanDisbursedStoredAsVersion2RequiredNoSavingsToBeHeld() throws IOException {
        LoanDisbursed read = (LoanDisbursed) EventCatalog.read(JSON, "org.kisti.loans.LoanDisbursed.v2",
                EventFixtures.json(LoanDisbursed.class, 2)).orElseThrow();

        assertThat(read.origin().applicationId()).isEqualTo("a-1");
        assertThat(read.origin().savingsRequired()).isNull();
    }

    @Test
    void aSavingsAccountOpenedStoredAsVersion2IsAMembersAccount() throws IOException {
        SavingsAccountOpened read = (SavingsAccountOpened) EventCatalog.read(JSON,
                "org.kisti.savings.SavingsAccountOpened.v2", EventFixtures.json(SavingsAccountOpened.class, 2))
                .orElseThrow();

        assertThat(read.memberId()).isEqualTo("m-1");
        assertThat(read.groupId()).isNull();
        assertThat(read.productId()).isEqualTo("sp-1");
    }
}
