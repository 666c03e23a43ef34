package org.kisti.loan.collection;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.EventCatalog;
import org.kisti.events.savings.SavingsCollectionLineHeld;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;

/**
 * A savings line savings-service could not move comes back from the savings topic and is held on its sheet, in the
 * inbox's one transaction with the record of the fact as handled: a redelivered refusal holds nothing twice (the
 * sheet holds once per movement id), and a crash before the commit redelivers it.
 */
@Singleton
public class SavingsLineRefusals implements InboxView {

    private final CommandGateway commands;

    public SavingsLineRefusals(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String topic() {
        return EventCatalog.SAVINGS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) {
        if (event.data() instanceof SavingsCollectionLineHeld refused) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new SheetCommands.HoldLines(refused.orgId(),
                    refused.sheetId(), List.of(new SheetCommands.Hold(refused.line(), refused.movementId(),
                            refused.reason())), refused.heldOn()))
                    .andMetaData(Map.of("seen.savings", event.eventId())));
        }
    }
}
