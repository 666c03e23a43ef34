package org.kisti.member.group;

import java.time.LocalDate;

/** What the group's rules need to know of it, assigned from its events only. */
final class GroupState {
    String groupId;
    String orgId;
    LocalDate formedOn;
    LocalDate closedOn;

    /** Formed by the day and not closed on or before it. */
    boolean meetsOn(LocalDate day) {
        return !day.isBefore(formedOn) && (closedOn == null || day.isBefore(closedOn));
    }
}
