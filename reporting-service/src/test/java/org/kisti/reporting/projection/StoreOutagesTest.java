package org.kisti.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class StoreOutagesTest {

    @Test
    void aConnectionClosedUnderTheProjectionIsAnOutage() {
        assertThat(StoreOutages.isOutage(new CompletionException(ClosedConnectionException.INSTANCE))).isTrue();
    }

    @Test
    void aDatabaseThatCrashedOrIsStillRecoveringIsAnOutage() {
        assertThat(StoreOutages.isOutage(new PgException("terminating connection because of crash of another server"
                + " process", "FATAL", "57P02", null))).isTrue();
        assertThat(StoreOutages.isOutage(new PgException("the database system is in recovery mode", "FATAL", "57P03",
                null))).isTrue();
    }

    @Test
    void aRecordTheDatabaseRefusesIsNotAnOutage() {
        assertThat(StoreOutages.isOutage(new PgException("duplicate key value violates unique constraint", "ERROR",
                "23505", null))).isFalse();
    }
}
