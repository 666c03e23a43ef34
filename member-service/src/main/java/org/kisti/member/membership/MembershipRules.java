package org.kisti.member.membership;

import java.time.LocalDate;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTrainingCompleted;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.member.PersonalDataErased;
import org.kisti.member.membership.MembershipCommands.CompleteExit;
import org.kisti.member.membership.MembershipCommands.ErasePersonalData;
import org.kisti.member.membership.MembershipCommands.RecordTraining;
import org.kisti.member.membership.MembershipCommands.RequestExit;
import org.kisti.member.membership.MembershipCommands.Transfer;
import org.kisti.platform.problem.BusinessRuleViolation;

/** Every rule of a member's life after enrolment, one pure decision per command. */
public final class MembershipRules {

    private MembershipRules() {}

    public static MemberTrainingCompleted train(MemberState member, RecordTraining command) {
        requireMemberOn(member, command.completedOn(), "completedOn");
        return new MemberTrainingCompleted(member.orgId, member.memberId, command.trainingId(), command.course(),
                command.weeks(), command.completedOn());
    }

    public static MemberTransferred transfer(MemberState member, Transfer command) {
        requireMemberOn(member, command.transferredOn(), "transferredOn");
        if (member.exitDate != null) {
            throw new BusinessRuleViolation("transferredOn", "she is leaving the organisation on " + member.exitDate);
        }
        if (command.toGroupId().equals(member.groupId)) {
            throw new BusinessRuleViolation("toGroupId", "is already her group");
        }
        if (!command.transferredOn().isAfter(member.placedFrom)) {
            throw new BusinessRuleViolation("transferredOn", "must be after the start of her current placement, "
                    + member.placedFrom);
        }
        return new MemberTransferred(member.orgId, member.memberId, member.groupId, command.toGroupId(),
                command.cohesionGroupId(), command.transferredOn());
    }

    public static MemberExitRequested requestExit(MemberState member, RequestExit command) {
        if (member.exitDate != null) {
            throw new BusinessRuleViolation("exitDate", "her exit on " + member.exitDate + " was already requested");
        }
        if (command.exitDate().isBefore(member.placedFrom)) {
            throw new BusinessRuleViolation("exitDate", "must not be before the start of her current placement, "
                    + member.placedFrom);
        }
        return new MemberExitRequested(member.orgId, member.memberId, command.reason(), command.exitDate());
    }

    /** The exit process decided; only a requested, not yet completed exit completes. */
    public static MemberExited completeExit(MemberState member, CompleteExit command) {
        if (member.exitDate == null || member.exited) {
            throw new BusinessRuleViolation("memberId", "has no exit waiting to complete");
        }
        return new MemberExited(member.orgId, member.memberId, member.exitDate);
    }

    public static PersonalDataErased erase(MemberState member, ErasePersonalData command) {
        if (member.erased) {
            throw new BusinessRuleViolation("memberId", "her personal data was already erased");
        }
        return new PersonalDataErased(member.orgId, member.memberId, command.erasedOn());
    }

    private static void requireMemberOn(MemberState member, LocalDate day, String field) {
        if (day.isBefore(member.enrolledOn)) {
            throw new BusinessRuleViolation(field, "must not be before her enrolment, " + member.enrolledOn);
        }
        if (member.exitDate != null && !day.isBefore(member.exitDate)) {
            throw new BusinessRuleViolation(field, "must be before her exit, " + member.exitDate);
        }
    }
}
