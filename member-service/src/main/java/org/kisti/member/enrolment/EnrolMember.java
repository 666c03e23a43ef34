package org.kisti.member.enrolment;

import java.time.LocalDate;

/** Enrol a member; the id and the business date come in with the command so replays are deterministic. */
public record EnrolMember(String orgId, String memberId, String groupId, String name, LocalDate enrolledOn) {}
