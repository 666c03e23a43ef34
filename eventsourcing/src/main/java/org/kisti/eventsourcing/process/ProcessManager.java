package org.kisti.eventsourcing.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.EventJson;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;

/**
 * A process that reacts to other contexts' facts by sending commands (a member's exit waits for her loans to be
 * settled; a lien follows a disbursement). It is fed by the {@link org.kisti.eventsourcing.inbox.Inbox} like a view, and
 * everything one fact causes happens in the inbox's one transaction: the process's state row ({@code process_state}),
 * the events its commands append, and the record of the fact as handled. So a crash or a restart mid-process loses
 * nothing and repeats nothing: the fact is redelivered, and applies once. The rules live in {@link #react}, a pure
 * function of the state and the fact (no clock, no I/O), tested as given / when / then.
 *
 * @param <S> the process's state, a record stored as JSON
 */
public abstract class ProcessManager<S> implements InboxView {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final String name;
    private final String topic;
    private final Class<S> stateType;
    private final CommandGateway commands;

    protected ProcessManager(String name, String topic, Class<S> stateType, CommandGateway commands) {
        this.name = name;
        this.topic = topic;
        this.stateType = stateType;
        this.commands = commands;
    }

    /** Which instance of the process a fact belongs to; empty if the fact starts or concerns none. */
    protected abstract Optional<String> instanceOf(InboxEvent event);

    /** The process's rule: from its state ({@code null} before its first fact) and a fact, what happens next. */
    protected abstract Reaction<S> react(S state, InboxEvent event);

    @Override
    public final String topic() {
        return topic;
    }

    @Override
    public final void apply(InboxEvent event, Connection connection) throws SQLException {
        Optional<String> instance = instanceOf(event);
        if (instance.isEmpty()) {
            return;
        }
        Stored<S> stored = load(connection, instance.get());
        if (stored.ended()) {
            return;
        }
        Reaction<S> reaction = react(stored.state(), event);
        save(connection, instance.get(), reaction, event.eventId(), stored.exists());
        for (Object command : reaction.commands()) {
            // Joins the inbox's JTA transaction: the command's events commit with the state and the handled fact.
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of("seen.process", name + " " + instance.get() + " on " + event.eventId())));
        }
    }

    /** The stored state of an instance, for operators and tests. */
    public Optional<S> state(Connection connection, String instance) throws SQLException {
        return Optional.ofNullable(load(connection, instance).state());
    }

    private record Stored<S>(boolean exists, S state, boolean ended) {}

    private Stored<S> load(Connection connection, String instance) throws SQLException {
        String sql = "select state, ended from process_state where process = ? and instance = ? for update";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, name);
            select.setString(2, instance);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Stored<>(false, null, false);
                }
                return new Stored<>(true, JSON.readValue(row.getString(1), stateType), row.getBoolean(2));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the state of " + name + " " + instance, e);
        }
    }

    private void save(Connection connection, String instance, Reaction<S> reaction, String eventId, boolean exists)
            throws SQLException {
        String sql = exists
                ? "update process_state set state = ?, ended = ?, last_event_id = ?, updated_at = now()"
                        + " where process = ? and instance = ?"
                : "insert into process_state (state, ended, last_event_id, process, instance) values (?, ?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, JSON.writeValueAsString(reaction.state()));
            write.setBoolean(2, reaction.ended());
            write.setString(3, eventId);
            write.setString(4, name);
            write.setString(5, instance);
            write.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the state of " + name + " " + instance, e);
        }
    }
}
