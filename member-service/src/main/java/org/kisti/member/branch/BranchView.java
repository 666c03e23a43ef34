package org.kisti.member.branch;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.events.organisation.BranchClosed;
import org.kisti.events.organisation.BranchOpened;
import org.kisti.events.organisation.OrganisationEvent;

@Schema(name = "Branch")
public record BranchView(String branchId, String orgId, String code, String name, String district,
        String subDistrict, LocalDate openedOn, LocalDate closedOn) {

    /** The branch as its events say it is now. */
    public static BranchView from(List<OrganisationEvent> history) {
        BranchView view = null;
        for (OrganisationEvent event : history) {
            if (event instanceof BranchOpened opened) {
                view = new BranchView(opened.branchId(), opened.orgId(), opened.code(), opened.name(),
                        opened.district(), opened.subDistrict(), opened.openedOn(), null);
            } else if (event instanceof BranchClosed closed && view != null) {
                view = new BranchView(view.branchId, view.orgId, view.code, view.name, view.district,
                        view.subDistrict, view.openedOn, closed.closedOn());
            }
        }
        return view;
    }

    /** Whether groups may meet under the branch on a day: opened by then and not yet closed. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn) && (closedOn == null || day.isBefore(closedOn));
    }
}
