package org.kisti.member.membership;

import java.time.LocalDate;

/** What a member's rules need to know of her, assigned from her events only. */
public final class MemberState {
    public String memberId;
    public String orgId;
    public String groupId;
    public LocalDate enrolledOn;
    /** The first day of her current placement: her enrolment, or her latest transfer. */
    public LocalDate placedFrom;
    public LocalDate exitDate;
    public boolean exited;
    public boolean erased;
}
