package org.kisti.eventsourcing.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.transaction.Status;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.kisti.platform.problem.Outages;

class JtaTransactionManagerTest {

    @Test
    void aCommandInARequestWhoseTransactionTheDatabaseAlreadyDoomedIsAnOutageNotAFault() {
        JtaTransactionManager axon = new JtaTransactionManager(new FixedStatus(Status.STATUS_MARKED_ROLLBACK));

        Throwable failure = catchThrowable(axon::startTransaction);

        assertThat(failure).hasMessageContaining("no longer active");
        assertThat(Outages.isOutage(failure)).isTrue();
    }

    @Test
    void aCommandInAnActiveRequestTransactionJoinsIt() {
        FixedStatus jta = new FixedStatus(Status.STATUS_ACTIVE);

        new JtaTransactionManager(jta).startTransaction().commit();

        assertThat(jta.begun).isZero();
    }

    /** A transaction manager whose thread is in one given state. */
    private static final class FixedStatus implements TransactionManager {
        private final int status;
        private int begun;

        FixedStatus(int status) {
            this.status = status;
        }

        @Override
        public void begin() {
            begun++;
        }

        @Override
        public void commit() {}

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public Transaction getTransaction() {
            return null;
        }

        @Override
        public void resume(Transaction transaction) {}

        @Override
        public void rollback() {}

        @Override
        public void setRollbackOnly() {}

        @Override
        public void setTransactionTimeout(int seconds) {}

        @Override
        public Transaction suspend() {
            return null;
        }
    }
}
