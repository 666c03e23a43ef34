package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment towards a loan, split as the loan service allocated it; the split is the fact, never recomputed here. */
@Entity
@Table(name = "loan_repayment")
public class LoanRepaymentRow extends PanacheEntityBase {

    @Id
    @Column(name = "payment_id")
    public String paymentId;

    @Column(name = "loan_id")
    public String loanId;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "principal_paid")
    public BigDecimal principalPaid;

    @Column(name = "interest_paid")
    public BigDecimal interestPaid;

    @Column(name = "fee_paid")
    public BigDecimal feePaid;

    public String currency;

    @Column(name = "paid_on")
    public LocalDate paidOn;
}
