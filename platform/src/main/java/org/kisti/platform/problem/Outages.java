package org.kisti.platform.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an outage of something the service depends on (its database refusing or dropping connections, the pool
 * timing out waiting for one) from a fault of the service: the first is a 503 with Retry-After, since a field app's
 * retry will succeed once the database is back, and nothing was stored.
 */
final class Outages {

    private Outages() {}

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exceptions (PostgreSQL down, connection lost).
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String message = cause.getMessage();
            // Agroal's pool, waiting in vain for a connection to a database that is down.
            if (message != null && message.contains("acquisition timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
