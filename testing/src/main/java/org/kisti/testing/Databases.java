package org.kisti.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

final class Databases {

    private Databases() {}

    /** Creates an empty database beside the one the URL names and returns its URL, so test JVMs never share state. */
    static String createFresh(String adminJdbcUrl, String user, String password) {
        String name = "kisti_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database via " + adminJdbcUrl, e);
        }
        int query = adminJdbcUrl.indexOf('?');
        String base = query < 0 ? adminJdbcUrl : adminJdbcUrl.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }
}
