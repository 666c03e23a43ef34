package org.kisti.devstack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes enrolments straight into member-service's event store, as its command side would, so the relay's work is
 * measured alone: what it takes from a committed event to a record on Kafka.
 */
final class StoredEvents {

    private static final String INSERT = """
            insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            values (?, ?, 0, 'Member', ?, 'org.kisti.events.member.MemberEnrolled', '2', ?, '{}')""";

    private final String url;
    private final String user;
    private final String password;

    StoredEvents(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The size of one enrolment's JSON, for a baseline of the same record size. */
    int recordSize() {
        return payload("m-" + UUID.randomUUID()).length();
    }

    /** Commits {@code count} events in one transaction; returns System.nanoTime() at the commit. */
    long storeAtOnce(int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < count; i++) {
                    add(insert, "m-" + UUID.randomUUID(), Instant.now());
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return System.nanoTime();
        }
    }

    private static void add(PreparedStatement insert, String member, Instant at) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, member);
        insert.setString(3, at.toString());
        insert.setString(4, payload(member));
        insert.addBatch();
    }

    private static String payload(String member) {
        return "{\"orgId\":\"org-bench\",\"memberId\":\"" + member + "\",\"groupId\":\"g-bench-07\","
                + "\"cohesionGroupId\":null,\"name\":\"Bench Member\",\"enrolledOn\":\"2026-01-05\"}";
    }
}
