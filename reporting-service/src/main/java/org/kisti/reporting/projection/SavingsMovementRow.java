package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One signed change to a savings balance: deposits positive, withdrawals and exit refunds negative rows of their own
 * kind, so savings outstanding stays a plain sum as of a date.
 */
@Entity
@Table(name = "savings_movement")
public class SavingsMovementRow extends PanacheEntityBase {

    public static final String DEPOSIT = "deposit";
    public static final String WITHDRAWAL = "withdrawal";
    public static final String INTEREST = "interest";

    @Id
    @Column(name = "movement_id")
    public String movementId;

    public String kind;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "org_id")
    public String orgId;

    public BigDecimal amount;

    public String currency;

    @Column(name = "moved_on")
    public LocalDate movedOn;
}
