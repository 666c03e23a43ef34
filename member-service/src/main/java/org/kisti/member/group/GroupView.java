package org.kisti.member.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.organisation.CohesionGroupFormed;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupKind;
import org.kisti.events.organisation.GroupMeetingChanged;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.events.organisation.OrganisationEvent;

/**
 * A group as it stood on a business date: the meeting day, place and officer in force then, its cohesion groups
 * formed by then, and its members on that day. Facts dated after {@code asOf} are not counted, whenever they were
 * recorded.
 */
@Schema(name = "Group")
public record GroupView(String groupId, String orgId, String branchId, GroupKind kind, String name,
        LocalDate asOf, DayOfWeek meetingDay, String meetingPlace, String officerId, LocalDate formedOn,
        LocalDate closedOn, List<CohesionGroup> cohesionGroups, List<Member> members,
        @Schema(description = "True when the group has fewer members than the eligibility policy's minimum")
        boolean belowMinimumSize) {

    @Schema(name = "CohesionGroup")
    public record CohesionGroup(String cohesionGroupId, String name, LocalDate formedOn,
            @Schema(description = "Its members on the day") int members,
            @Schema(description = "True when it has fewer members than the policy's minimum") boolean belowMinimumSize) {}

    @Schema(name = "GroupMember")
    public record Member(String memberId, String cohesionGroupId) {}

    /** The group's facts folded as of the day; members and the size flag are filled in by the caller. */
    static GroupView asOf(List<OrganisationEvent> history, LocalDate day) {
        GroupFormed formed = (GroupFormed) history.get(0);
        DayOfWeek meetingDay = formed.meetingDay();
        String meetingPlace = formed.meetingPlace();
        String officerId = formed.officerId();
        LocalDate closedOn = null;
        LocalDate meetingFrom = formed.formedOn();
        LocalDate officerFrom = formed.formedOn();
        List<CohesionGroup> cohesionGroups = new ArrayList<>();
        for (OrganisationEvent event : history) {
            if (event.businessDate().isAfter(day)) {
                continue;
            }
            // Recorded order is not business order: a later-recorded change with an earlier date does not win.
            if (event instanceof GroupMeetingChanged changed && !changed.effectiveOn().isBefore(meetingFrom)) {
                meetingDay = changed.meetingDay();
                meetingPlace = changed.meetingPlace();
                meetingFrom = changed.effectiveOn();
            } else if (event instanceof GroupOfficerAssigned assigned
                    && !assigned.effectiveOn().isBefore(officerFrom)) {
                officerId = assigned.officerId();
                officerFrom = assigned.effectiveOn();
            } else if (event instanceof CohesionGroupFormed cohesion) {
                cohesionGroups.add(new CohesionGroup(cohesion.cohesionGroupId(), cohesion.name(),
                        cohesion.formedOn(), 0, false));
            } else if (event instanceof GroupClosed closed) {
                closedOn = closed.closedOn();
            }
        }
        return new GroupView(formed.groupId(), formed.orgId(), formed.branchId(), formed.kind(), formed.name(), day,
                meetingDay, meetingPlace, officerId, formed.formedOn(), closedOn, List.copyOf(cohesionGroups),
                List.of(), false);
    }

    /** The members on the day, with each size flagged against the policy's minimums in force then (null: none). */
    GroupView withMembers(List<Member> onTheDay, Integer groupMinimum, Integer cohesionMinimum) {
        boolean meets = closedOn == null || asOf.isBefore(closedOn);
        List<CohesionGroup> counted = cohesionGroups.stream().map(c -> {
            int size = (int) onTheDay.stream().filter(m -> c.cohesionGroupId().equals(m.cohesionGroupId())).count();
            return new CohesionGroup(c.cohesionGroupId(), c.name(), c.formedOn(), size,
                    meets && cohesionMinimum != null && size < cohesionMinimum);
        }).toList();
        return new GroupView(groupId, orgId, branchId, kind, name, asOf, meetingDay, meetingPlace, officerId,
                formedOn, closedOn, counted, List.copyOf(onTheDay),
                meets && groupMinimum != null && onTheDay.size() < groupMinimum);
    }

    /** Whether the cohesion group is one of this group's, formed by the day. */
    boolean hasCohesionGroup(String cohesionGroupId) {
        return cohesionGroups.stream().anyMatch(c -> c.cohesionGroupId().equals(cohesionGroupId));
    }
}
