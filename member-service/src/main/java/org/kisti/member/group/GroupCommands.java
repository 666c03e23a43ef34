package org.kisti.member.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.kisti.events.organisation.GroupKind;

/** What may be asked of a group. Each carries its business date, and what the asker saw of other aggregates. */
final class GroupCommands {

    private GroupCommands() {}

    /** {@code branchOpenedOn} and {@code branchClosedOn}: the branch as the request found it. */
    record FormGroup(String orgId, String groupId, String branchId, GroupKind kind, String name, DayOfWeek meetingDay,
            String meetingPlace, String officerId, LocalDate formedOn, LocalDate branchOpenedOn,
            LocalDate branchClosedOn) {}

    record ChangeMeeting(String orgId, @TargetAggregateIdentifier String groupId, DayOfWeek meetingDay,
            String meetingPlace, LocalDate effectiveOn) {}

    record AssignOfficer(String orgId, @TargetAggregateIdentifier String groupId, String officerId,
            LocalDate effectiveOn) {}

    record FormCohesionGroup(String orgId, @TargetAggregateIdentifier String groupId, String cohesionGroupId,
            String name, LocalDate formedOn) {}

    /** {@code membersOnClosing}: how many members the roster held on the closing day. */
    record CloseGroup(String orgId, @TargetAggregateIdentifier String groupId, LocalDate closedOn,
            int membersOnClosing) {}

    /** {@code unitLevel}, {@code unitFormedOn} and {@code lowestLevel}: the unit and the levels as the asker saw them. */
    record AffiliateGroup(String orgId, @TargetAggregateIdentifier String groupId, String unitId,
            LocalDate affiliatedOn, String unitLevel, LocalDate unitFormedOn, String lowestLevel) {}
}
