package org.kisti.member.enrolment;

import java.time.LocalDate;

/**
 * Enrol a member; the id and the business date come in with the command so replays are deterministic. What the
 * eligibility judgement saw travels as the command's {@code seen.*} metadata, onto the event.
 */
public record EnrolMember(String orgId, String memberId, String groupId, String cohesionGroupId, String name,
        LocalDate enrolledOn) {}
