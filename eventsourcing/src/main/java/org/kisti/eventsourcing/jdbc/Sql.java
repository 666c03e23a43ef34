package org.kisti.eventsourcing.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Binds parameters the one way the command-side tables and inbox views need: dates as SQL dates, everything else as
 * it is.
 */
public final class Sql {

    private Sql() {}

    public static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i] instanceof LocalDate day ? Date.valueOf(day) : parameters[i]);
        }
        return statement;
    }

    /** Runs one insert, update or delete with its parameters bound as above; the rows it changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }
}
