package org.kisti.eventsourcing.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import java.sql.SQLTransientConnectionException;
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
        int status;
        try {
            status = jta.getStatus();
            if (status == Status.STATUS_ACTIVE) {
                return new Joined();
            }
            if (status == Status.STATUS_NO_TRANSACTION) {
                jta.begin();
                return new Owned();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not start a JTA transaction", e);
        }
        // The caller's transaction was rolled back or doomed before the command ran: seen when the database died
        // under the request (the fault harness). Nothing was stored; the client's retry with its Idempotency-Key
        // runs in a new transaction, so this is a 503 with Retry-After, not a 500.
        throw new IllegalStateException("the request's transaction is no longer active (JTA status " + status
                + "); nothing was stored", new SQLTransientConnectionException("transaction lost with its connection"));
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
