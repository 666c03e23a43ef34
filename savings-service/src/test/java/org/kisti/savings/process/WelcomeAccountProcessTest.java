package org.kisti.savings.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.process.Reaction;
import org.kisti.savings.account.OpenSavingsAccount;

/** The process's rule as given state / when fact / then reaction: no broker, no database. */
class WelcomeAccountProcessTest {

    private static final InboxEvent ENROLLED = new InboxEvent("e-1", Instant.EPOCH, 0,
            new MemberEnrolled("org-p", "m-1", "g-1", null, "Rahima Begum", LocalDate.of(2026, 1, 5)));

    @Test
    void givenNoProcess_whenAMemberIsEnrolled_thenItOpensHerAccountAndEnds() {
        Reaction<WelcomeAccountProcess.State> reaction = WelcomeAccountProcess.decide(null, ENROLLED);

        String account = WelcomeAccountProcess.accountOf("org-p", "m-1");
        assertThat(reaction.commands()).containsExactly(
                new OpenSavingsAccount("org-p", account, "m-1", null, "BDT", LocalDate.of(2026, 1, 5), null));
        assertThat(reaction.state()).isEqualTo(new WelcomeAccountProcess.State(account, "m-1"));
        assertThat(reaction.ended()).isTrue();
    }

    @Test
    void givenHerAccountWasOpened_whenTheSameFactComesAgain_thenNothingIsSent() {
        WelcomeAccountProcess.State opened = WelcomeAccountProcess.decide(null, ENROLLED).state();

        assertThat(WelcomeAccountProcess.decide(opened, ENROLLED).commands()).isEmpty();
    }
}
