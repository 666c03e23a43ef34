package org.kisti.member.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.member.ExitReason;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberEvent;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTrainingCompleted;
import org.kisti.events.member.MemberTransferred;
import org.kisti.member.roster.PersonalData;

/** A member as her events say she is now, with her personal data from member-service's own table. */
@Schema(name = "Member")
public record MemberView(
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11") String memberId,
        @Schema(example = "org-demo") String orgId,
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c12", description = "Her group now") String groupId,
        @Schema(description = "Her cohesion group now, if any") String cohesionGroupId,
        @Schema(example = "Rahima Begum") String name,
        @Schema(example = "2026-01-05") LocalDate enrolledOn,
        List<Training> trainings,
        @Schema(description = "Why she is leaving, once she asked") ExitReason exitReason,
        @Schema(description = "The day she left, once she asked") LocalDate exitDate,
        @Schema(description = "Whether her exit completed (her loans settled, her savings refunded)") boolean exited,
        @Schema(description = "Her personal data; absent once erased") PersonalData.Record personal) {

    @Schema(name = "Training")
    public record Training(String course, int weeks, LocalDate completedOn) {}

    static MemberView of(MemberEnrolled enrolled) {
        return from(List.of(enrolled));
    }

    MemberView with(PersonalData.Record personalData) {
        return new MemberView(memberId, orgId, groupId, cohesionGroupId, name, enrolledOn, trainings, exitReason,
                exitDate, exited, personalData);
    }

    /** Folds her facts in recorded order; each assigns only what it says. */
    static MemberView from(List<? extends MemberEvent> history) {
        MemberEnrolled enrolled = (MemberEnrolled) history.get(0);
        String groupId = enrolled.groupId();
        String cohesionGroupId = enrolled.cohesionGroupId();
        List<Training> trainings = new ArrayList<>();
        ExitReason exitReason = null;
        LocalDate exitDate = null;
        boolean exited = false;
        for (MemberEvent event : history) {
            if (event instanceof MemberTransferred transferred) {
                groupId = transferred.toGroupId();
                cohesionGroupId = transferred.cohesionGroupId();
            } else if (event instanceof MemberTrainingCompleted training) {
                trainings.add(new Training(training.course(), training.weeks(), training.completedOn()));
            } else if (event instanceof MemberExitRequested requested) {
                exitReason = requested.reason();
                exitDate = requested.exitDate();
            } else if (event instanceof MemberExited) {
                exited = true;
            }
        }
        return new MemberView(enrolled.memberId(), enrolled.orgId(), groupId, cohesionGroupId, enrolled.name(),
                enrolled.enrolledOn(), List.copyOf(trainings), exitReason, exitDate, exited, null);
    }
}
