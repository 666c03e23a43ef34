package org.kisti.platform.parking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code parked_record} table of a consuming service: records it could not apply (an event type it does not know
 * yet, a value it cannot read), never skipped silently. Once a record of an aggregate is parked, that aggregate's later
 * records are parked behind it, so replaying the table in order keeps per-aggregate order. Plain JDBC on the caller's
 * connection, so parking joins the caller's transaction.
 */
public final class ParkedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private ParkedRecords() {}

    /** @return false if this record was parked before (a redelivery) */
    public static boolean park(Connection connection, ParkedRecord record) throws SQLException {
        String sql = """
                insert into parked_record (event_id, topic, kafka_partition, kafka_offset, subject, ce_type, headers,
                                           payload, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, record.eventId());
            insert.setString(2, record.topic());
            insert.setInt(3, record.partition());
            insert.setLong(4, record.offset());
            insert.setString(5, record.subject());
            insert.setString(6, record.ceType());
            insert.setString(7, JSON.writeValueAsString(record.headers()));
            insert.setBytes(8, record.payload());
            insert.setString(9, record.reason());
            return insert.executeUpdate() == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the headers of " + record.eventId(), e);
        }
    }

    /** The event id of a record of this aggregate that still waits, if any: later records must wait behind it. */
    public static String waitingFor(Connection connection, String subject) throws SQLException {
        if (subject == null) {
            return null;
        }
        String sql = "select event_id from parked_record where subject = ? and replayed_at is null limit 1";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The aggregates with a record still waiting; without the payloads, so it stays cheap with many parked. */
    public static java.util.Set<String> waitingSubjects(Connection connection) throws SQLException {
        java.util.Set<String> subjects = new java.util.HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct subject from parked_record where replayed_at is null and subject is not null");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                subjects.add(row.getString(1));
            }
        }
        return subjects;
    }

    public static long waitingCount(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from parked_record where replayed_at is null");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The records still waiting, in the order they arrived per partition: the order to replay them in. */
    public static List<ParkedRecord> waiting(Connection connection) throws SQLException {
        String sql = """
                select event_id, topic, kafka_partition, kafka_offset, subject, ce_type, headers, payload, reason
                from parked_record where replayed_at is null order by topic, kafka_partition, kafka_offset""";
        List<ParkedRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                records.add(new ParkedRecord(row.getString(1), row.getString(2), row.getInt(3), row.getLong(4),
                        row.getString(5), row.getString(6), JSON.readValue(row.getString(7), HEADERS),
                        row.getBytes(8), row.getString(9)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read parked headers", e);
        }
        return records;
    }

    /** Marks a parked record applied; the row stays, as the record of what happened. */
    public static void replayed(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update parked_record set replayed_at = now() where event_id = ?")) {
            update.setString(1, eventId);
            update.executeUpdate();
        }
    }
}
