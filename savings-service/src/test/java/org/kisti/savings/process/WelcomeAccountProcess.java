package org.kisti.savings.process;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.process.ProcessManager;
import org.kisti.eventsourcing.process.Reaction;
import org.kisti.savings.account.OpenSavingsAccount;

/**
 * A process for the tests of the process machinery: when a member of the organisation it watches is enrolled, it opens
 * her a savings account. (Whether Kisti opens a compulsory account on enrolment is the savings issue's product rule;
 * here it is only a process with a command and a state to prove the machinery on.) Watches no organisation unless
 * {@code kisti.test.welcome-org} is set, so it stays out of every other test's way.
 */
@Singleton
public class WelcomeAccountProcess extends ProcessManager<WelcomeAccountProcess.State> {

    public record State(String accountId, String memberId) {}

    private final String watchedOrg;

    public WelcomeAccountProcess(CommandGateway commands,
            @ConfigProperty(name = "kisti.test.welcome-org", defaultValue = "none") String watchedOrg) {
        super("welcome-account", EventCatalog.MEMBERS_TOPIC, State.class, commands);
        this.watchedOrg = watchedOrg;
    }

    @Override
    protected Optional<String> instanceOf(InboxEvent event) {
        return event.data() instanceof MemberEnrolled enrolled && enrolled.orgId().equals(watchedOrg)
                ? Optional.of(enrolled.memberId())
                : Optional.empty();
    }

    @Override
    protected Reaction<State> react(State state, InboxEvent event) {
        return decide(state, event);
    }

    /** The rule, pure: the account id comes from the member's, so a replay opens the same account. */
    static Reaction<State> decide(State state, InboxEvent event) {
        if (state != null || !(event.data() instanceof MemberEnrolled enrolled)) {
            return Reaction.ignore(state);
        }
        String accountId = accountOf(enrolled.orgId(), enrolled.memberId());
        return Reaction.endWith(new State(accountId, enrolled.memberId()),
                new OpenSavingsAccount(enrolled.orgId(), accountId, enrolled.memberId(), null, "BDT",
                        enrolled.enrolledOn(), null));
    }

    static String accountOf(String orgId, String memberId) {
        return UUID.nameUUIDFromBytes((orgId + "/" + memberId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
