package org.kisti.member.enrolment;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberEvent;
import org.kisti.member.roster.PersonalData;

@Schema(name = "Member")
public record MemberView(
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11") String memberId,
        @Schema(example = "org-demo") String orgId,
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c12") String groupId,
        String cohesionGroupId,
        @Schema(example = "Rahima Begum") String name,
        @Schema(example = "2026-01-05") LocalDate enrolledOn,
        @Schema(description = "Her personal data, from member-service's own table; absent once erased")
        PersonalData.Record personal) {

    static MemberView of(MemberEnrolled enrolled) {
        return new MemberView(enrolled.memberId(), enrolled.orgId(), enrolled.groupId(), enrolled.cohesionGroupId(),
                enrolled.name(), enrolled.enrolledOn(), null);
    }

    MemberView with(PersonalData.Record personalData) {
        return new MemberView(memberId, orgId, groupId, cohesionGroupId, name, enrolledOn, personalData);
    }

    /** The member as her events say she is now. */
    static MemberView from(List<MemberEvent> history) {
        MemberView view = null;
        for (MemberEvent event : history) {
            if (event instanceof MemberEnrolled enrolled) {
                view = of(enrolled);
            }
        }
        return view;
    }
}
