package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member as enrolled, and the day she left: enough to count active members as of a date. No name: reports do not need it. */
@Entity
@Table(name = "member")
public class MemberRow extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public String memberId;

    @Column(name = "org_id")
    public String orgId;

    @Column(name = "group_id")
    public String groupId;

    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;

    /** The day she left, once her exit completed; counted active up to the day before. */
    @Column(name = "exit_date")
    public LocalDate exitDate;
}
