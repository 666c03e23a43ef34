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
public final class Outages {

    private Outages() {}

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
            String message = cause.getMessage();
            // Agroal's pool, waiting in vain for a connection to a database that is down.
            if (message != null && message.contains("acquisition timeout")) {
                return true;
            }
            // A commit whose connection died under it: the transaction manager reports the driver's failure as
            // suppressed. Whether it committed is unknown; the client's retry with its Idempotency-Key finds out.
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isOutage(suppressed)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQL state class 08, connection exceptions (PostgreSQL down, connection lost), and 57P01-57P03: the server
     * shutting down, crashed while the statement ran, or still recovering from a crash and not yet accepting work.
     */
    public static boolean isOutageState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
