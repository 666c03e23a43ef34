package org.kisti.events.member;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** She completed a course of {@code weeks} weeks; loan products that need a trained member count these. */
@EventType(name = "org.kisti.members.MemberTrainingCompleted", version = 1)
public record MemberTrainingCompleted(String orgId, String memberId, String trainingId, String course, int weeks, LocalDate completedOn) implements MemberEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }

    @Override
    public LocalDate businessDate() {
        return completedOn;
    }
}
