package org.kisti.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void aRefusedOrLostDatabaseConnectionIsAnOutage() {
        assertThat(Outages.isOutage(new IllegalStateException("cannot append",
                new SQLException("Connection to 127.0.0.1:15432 refused", "08001", new ConnectException())))).isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("An I/O error occurred", "08006")))).isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void aDatabaseCrashingOrStillRecoveringFromOneIsAnOutage() {
        assertThat(Outages.isOutage(new RuntimeException(new SQLException(
                "terminating connection because of crash of another server process", "57P02")))).isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("the database system is in recovery mode",
                "57P03")))).isTrue();
    }

    @Test
    void aCommitWhoseConnectionDiedUnderItIsAnOutage() {
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")));
        assertThat(Outages.isOutage(new RuntimeException("Error invoking subclass method", commit))).isTrue();
    }

    @Test
    void aFaultOfTheServiceItselfIsNot() {
        assertThat(Outages.isOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
    }
}
