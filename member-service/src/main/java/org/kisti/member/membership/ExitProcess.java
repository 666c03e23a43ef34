package org.kisti.member.membership;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.EventCatalog;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.process.ProcessManager;
import org.kisti.eventsourcing.process.Reaction;

/**
 * The exit process, fed by three topics: her own exit request (members), her loans (loans) and her savings accounts
 * (savings). One state per member, shared by the three feeds under the one process name; the rule is
 * {@link ExitRules#react}. Each feed is its own inbox view, so each topic's facts apply in their own order.
 */
public abstract class ExitProcess extends ProcessManager<ExitRules.State> {

    static final String NAME = "member-exit";

    protected ExitProcess(String topic, CommandGateway commands) {
        super(NAME, topic, ExitRules.State.class, commands);
    }

    @Override
    protected Optional<String> instanceOf(InboxEvent event) {
        return ExitRules.memberOf(event.data());
    }

    @Override
    protected Reaction<ExitRules.State> react(ExitRules.State state, InboxEvent event) {
        return ExitRules.react(state, event.data());
    }

    @Singleton
    public static class OnMembers extends ExitProcess {
        public OnMembers(CommandGateway commands) {
            super(EventCatalog.MEMBERS_TOPIC, commands);
        }
    }

    @Singleton
    public static class OnLoans extends ExitProcess {
        public OnLoans(CommandGateway commands) {
            super(EventCatalog.LOANS_TOPIC, commands);
        }
    }

    @Singleton
    public static class OnSavings extends ExitProcess {
        public OnSavings(CommandGateway commands) {
            super(EventCatalog.SAVINGS_TOPIC, commands);
        }
    }
}
