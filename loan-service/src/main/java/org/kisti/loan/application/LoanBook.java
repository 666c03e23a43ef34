package org.kisti.loan.application;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanWrittenOff;

/**
 * Keeps {@code member_loan} with the loan events, in the transaction that appends them (a subscribing processor whose
 * failures fail the command): how many of a member's loans are open, and how many she has repaid.
 */
@Singleton
@ProcessingGroup(LoanBook.GROUP)
public class LoanBook {

    public static final String GROUP = "loan-book";

    private final DataSource dataSource;

    public LoanBook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventHandler
    void on(LoanDisbursed event) throws SQLException {
        execute("insert into member_loan (org_id, member_id, loan_id, disbursed_on) values (?, ?, ?, ?)",
                event.orgId(), event.memberId(), event.loanId(), event.disbursedOn());
    }

    @EventHandler
    void on(LoanRepaid event) throws SQLException {
        execute("update member_loan set closed_on = ? where org_id = ? and loan_id = ?", event.repaidOn(),
                event.orgId(), event.loanId());
    }

    @EventHandler
    void on(LoanWrittenOff event) throws SQLException {
        // Written off, the loan is no longer one of her active loans (it still counts as a cycle she had).
        execute("update member_loan set closed_on = ? where org_id = ? and loan_id = ?", event.writtenOffOn(),
                event.orgId(), event.loanId());
    }

    @EventHandler
    void on(LoanReopened event) throws SQLException {
        // A payment that closed it was reversed: she owes on it again, and it counts as open.
        execute("update member_loan set closed_on = null where org_id = ? and loan_id = ?", event.orgId(),
                event.loanId());
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
