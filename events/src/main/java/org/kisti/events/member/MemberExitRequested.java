package org.kisti.events.member;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** She left, or is leaving, on {@code exitDate}, for {@code reason}; the exit completes ({@link MemberExited}) once her loans are settled and her savings refunded. */
@EventType(name = "org.kisti.members.MemberExitRequested", version = 1)
public record MemberExitRequested(String orgId, String memberId, ExitReason reason, LocalDate exitDate) implements MemberEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }

    @Override
    public LocalDate businessDate() {
        return exitDate;
    }
}
