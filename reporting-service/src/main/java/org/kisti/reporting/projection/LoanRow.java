package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A disbursed loan and what it recorded at disbursement for roll-ups: product, fund, funder, purpose. */
@Entity
@Table(name = "loan")
public class LoanRow extends PanacheEntityBase {

    @Id
    @Column(name = "loan_id")
    public String loanId;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "member_id")
    public String memberId;

    public BigDecimal principal;

    public String currency;

    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    @Column(name = "product_id")
    public String productId;

    @Column(name = "fund_id")
    public String fundId;

    @Column(name = "funder_id")
    public String funderId;

    public String purpose;
}
