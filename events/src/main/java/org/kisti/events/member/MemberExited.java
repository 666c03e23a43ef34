package org.kisti.events.member;

import java.time.LocalDate;
import org.kisti.events.EventType;

/** Her exit completed: no loan or savings account of hers is open. She is no longer a member from {@code exitDate}, the day she left, and her household's slot is free. */
@EventType(name = "org.kisti.members.MemberExited", version = 1)
public record MemberExited(String orgId, String memberId, LocalDate exitDate) implements MemberEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }

    @Override
    public LocalDate businessDate() {
        return exitDate;
    }
}
