package org.kisti.testing.badinput;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/** What a write service has stored: its events and its remembered idempotent answers. A bad request moves neither. */
public final class StoredFacts {

    private StoredFacts() {}

    public static LongSupplier in(DataSource dataSource) {
        return () -> {
            try (Connection connection = dataSource.getConnection();
                    ResultSet row = connection.createStatement().executeQuery(
                            "select (select count(*) from domain_event_entry) + (select count(*) from idempotent_request)")) {
                row.next();
                return row.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
