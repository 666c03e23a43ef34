package org.kisti.eventsourcing.inbox;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A replicated view: a small table this service keeps of another context's facts, fed by the {@link Inbox}. A view
 * names the topic it reads and applies each event on the inbox's connection, in the transaction that also records the
 * event as handled, so a redelivered event never reaches it twice. Events of types it has no use for it ignores.
 */
public interface InboxView {

    String topic();

    void apply(InboxEvent event, Connection connection) throws SQLException;
}
