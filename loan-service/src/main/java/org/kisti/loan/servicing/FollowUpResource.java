package org.kisti.loan.servicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.loan.LoanEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.loan.schedule.allocation.Arrears;
import org.kisti.loan.schedule.allocation.ArrearsStatus;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessClock;
import org.kisti.platform.time.BusinessDates;

/** The field officer's follow-up list: a group's or an officer's loans in arrears on a day, the oldest first. */
@Path("/v1/orgs/{orgId}/loans-in-arrears")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class FollowUpResource {

    private final FollowUpList loans;
    private final EventHistory history;

    public FollowUpResource(FollowUpList loans, EventHistory history) {
        this.loans = loans;
        this.history = history;
    }

    @Schema(name = "LoansInArrears")
    public record Answer(LocalDate asOf, String groupId, String officerId, List<LoanInArrears> loans) {}

    @Schema(name = "LoanInArrears")
    public record LoanInArrears(String loanId, String memberId, String groupId, long daysInArrears, String currency,
            BigDecimal overdueAmount, BigDecimal outstandingPrincipal) {}

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A group's or a field officer's loans in arrears on a day (today when absent), with days"
            + " overdue and amounts; exactly one of groupId and officerId")
    public Answer inArrears(@PathParam("orgId") String orgId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @QueryParam("groupId") @ValidId String groupId, @QueryParam("officerId") @ValidId String officerId) {
        if ((groupId == null) == (officerId == null)) {
            throw ProblemException.invalid(groupId == null ? "groupId" : "officerId",
                    "give exactly one of groupId and officerId");
        }
        LocalDate day = asOf == null ? BusinessClock.today() : BusinessDates.required("asOf", asOf);
        List<FollowUpList.OpenLoan> open = groupId != null ? loans.ofGroup(orgId, groupId, day)
                : loans.ofOfficer(orgId, officerId, day);
        List<LoanInArrears> late = open.stream().map(loan -> judged(orgId, loan, day))
                .filter(loan -> loan.daysInArrears() > 0)
                .sorted(Comparator.comparingLong(LoanInArrears::daysInArrears).reversed()).toList();
        return new Answer(day, groupId, officerId, late);
    }

    private LoanInArrears judged(String orgId, FollowUpList.OpenLoan loan, LocalDate day) {
        LoanState state = LoanState.of(history.facts(orgId, loan.loanId(), "loan", LoanEvent.class));
        ArrearsStatus arrears = Arrears.asOf(state.positionOn(day), day);
        return new LoanInArrears(loan.loanId(), loan.memberId(), loan.groupId(), arrears.daysInArrears(),
                state.currency, arrears.overdueAmount(), arrears.outstandingPrincipal());
    }
}
