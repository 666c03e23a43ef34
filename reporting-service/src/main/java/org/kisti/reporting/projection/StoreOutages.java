package org.kisti.reporting.projection;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import org.kisti.platform.problem.Outages;

/**
 * An outage of the projection's database as the reactive client reports it (refused, closed, crashed or recovering),
 * besides what {@link Outages} knows from JDBC: a record that failed for one is applied again once the database is
 * back, never skipped and never the end of its channel.
 */
final class StoreOutages {

    private StoreOutages() {}

    static boolean isOutage(Throwable failure) {
        if (Outages.isOutage(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof DatabaseException database && Outages.isOutageState(database.getSqlState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
