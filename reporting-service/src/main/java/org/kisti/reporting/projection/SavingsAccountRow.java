package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "savings_account")
public class SavingsAccountRow extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "member_id")
    public String memberId;

    public String currency;

    @Column(name = "opened_on")
    public LocalDate openedOn;
}
