package org.kisti.eventsourcing.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's unit of work on Quarkus's JTA transactions. Joins the caller's transaction when there is one (so a REST
 * request's idempotency record and the events it causes commit or roll back together), else starts its own (event
 * processors' threads).
 */
public class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() == Status.STATUS_ACTIVE) {
                return new Joined();
            }
            jta.begin();
            return new Owned();
        } catch (Exception e) {
            throw new IllegalStateException("could not start a JTA transaction", e);
        }
    }

    private final class Owned implements Transaction {
        @Override
        public void commit() {
            try {
                jta.commit();
            } catch (Exception e) {
                throw new IllegalStateException("could not commit the JTA transaction", e);
            }
        }

        @Override
        public void rollback() {
            try {
                jta.rollback();
            } catch (SystemException e) {
                throw new IllegalStateException("could not roll back the JTA transaction", e);
            }
        }
    }

    /** Someone else owns the transaction: commit is theirs; a failure here dooms it. */
    private final class Joined implements Transaction {
        @Override
        public void commit() {}

        @Override
        public void rollback() {
            try {
                jta.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("could not mark the JTA transaction rollback-only", e);
            }
        }
    }
}
