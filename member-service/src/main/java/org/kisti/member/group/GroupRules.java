package org.kisti.member.group;

import java.time.LocalDate;
import org.kisti.events.organisation.CohesionGroupFormed;
import org.kisti.events.organisation.GroupAffiliated;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupMeetingChanged;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.member.group.GroupCommands.AffiliateGroup;
import org.kisti.member.group.GroupCommands.AssignOfficer;
import org.kisti.member.group.GroupCommands.ChangeMeeting;
import org.kisti.member.group.GroupCommands.CloseGroup;
import org.kisti.member.group.GroupCommands.FormCohesionGroup;
import org.kisti.member.group.GroupCommands.FormGroup;
import org.kisti.platform.problem.BusinessRuleViolation;

/** Every rule of a group's life, one pure decision per command: the state and the command in, the fact out. */
final class GroupRules {

    private GroupRules() {}

    static GroupFormed form(FormGroup command) {
        LocalDate day = command.formedOn();
        if (day.isBefore(command.branchOpenedOn())
                || (command.branchClosedOn() != null && !day.isBefore(command.branchClosedOn()))) {
            throw new BusinessRuleViolation("branchId", "the branch is not open on " + day + " (opened "
                    + command.branchOpenedOn() + (command.branchClosedOn() == null ? ""
                            : ", closed " + command.branchClosedOn()) + ")");
        }
        return new GroupFormed(command.orgId(), command.groupId(), command.branchId(), command.kind(),
                command.name(), command.meetingDay(), command.meetingPlace(), command.officerId(), day);
    }

    static GroupMeetingChanged changeMeeting(GroupState group, ChangeMeeting command) {
        requireMeeting(group, command.effectiveOn(), "effectiveOn");
        return new GroupMeetingChanged(group.orgId, group.groupId, command.meetingDay(), command.meetingPlace(),
                command.effectiveOn());
    }

    static GroupOfficerAssigned assignOfficer(GroupState group, AssignOfficer command) {
        requireMeeting(group, command.effectiveOn(), "effectiveOn");
        return new GroupOfficerAssigned(group.orgId, group.groupId, command.officerId(), command.effectiveOn());
    }

    static CohesionGroupFormed formCohesionGroup(GroupState group, FormCohesionGroup command) {
        requireMeeting(group, command.formedOn(), "formedOn");
        return new CohesionGroupFormed(group.orgId, group.groupId, command.cohesionGroupId(), command.name(),
                command.formedOn());
    }

    static GroupClosed close(GroupState group, CloseGroup command) {
        if (group.closedOn != null) {
            throw new BusinessRuleViolation("closedOn", "the group was already closed on " + group.closedOn);
        }
        requireMeeting(group, command.closedOn(), "closedOn");
        if (command.membersOnClosing() > 0) {
            throw new BusinessRuleViolation("closedOn", command.membersOnClosing()
                    + " members still belong to the group then; transfer or exit them first");
        }
        return new GroupClosed(group.orgId, group.groupId, command.closedOn());
    }

    static GroupAffiliated affiliate(GroupState group, AffiliateGroup command) {
        requireMeeting(group, command.affiliatedOn(), "affiliatedOn");
        if (!command.unitLevel().equals(command.lowestLevel())) {
            throw new BusinessRuleViolation("unitId", "a group joins a unit of the lowest level, "
                    + command.lowestLevel() + ", not " + command.unitLevel());
        }
        if (command.affiliatedOn().isBefore(command.unitFormedOn())) {
            throw new BusinessRuleViolation("affiliatedOn", "must not be before the unit formed, "
                    + command.unitFormedOn());
        }
        return new GroupAffiliated(group.orgId, group.groupId, command.unitId(), command.affiliatedOn());
    }

    private static void requireMeeting(GroupState group, LocalDate day, String field) {
        if (!group.meetsOn(day)) {
            throw new BusinessRuleViolation(field, "the group does not meet on " + day + " (formed " + group.formedOn
                    + (group.closedOn == null ? "" : ", closed " + group.closedOn) + ")");
        }
    }
}
