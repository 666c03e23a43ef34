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

    /** Null on a group's fund. */
    @Column(name = "member_id")
    public String memberId;

    /** The group whose fund it is; null on a member's account. */
    @Column(name = "group_id")
    public String groupId;

    public String currency;

    @Column(name = "opened_on")
    public LocalDate openedOn;
}
