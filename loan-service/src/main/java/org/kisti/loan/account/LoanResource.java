package org.kisti.loan.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.loan.LoanEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.history.RecordedEvent;
import org.kisti.loan.schedule.allocation.Arrears;
import org.kisti.loan.servicing.LoanState;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessDates;

@Path("/v1/orgs/{orgId}/loans/{loanId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class LoanResource {

    private static final String LOAN = "loan";

    @Inject
    EventHistory history;

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A loan with its schedule, repayments and principal outstanding")
    public LoanView loan(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId) {
        return LoanView.from(history.facts(orgId, loanId, LOAN, LoanEvent.class));
    }

    @GET
    @Path("/arrears")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A loan's arrears as of a date, from its schedule and the payments made up to that date")
    public ArrearsView arrears(
            @PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @Parameter(description = "The business date, YYYY-MM-DD", required = true)
            @QueryParam("asOf") String asOfParameter) {
        LocalDate asOf = BusinessDates.required("asOf", asOfParameter);
        LoanState loan = LoanState.of(history.facts(orgId, loanId, LOAN, LoanEvent.class));
        return ArrearsView.of(asOf, loan.currency, Arrears.asOf(loan.positionOn(asOf), asOf));
    }

    @GET
    @Path("/events")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A loan's full history, as stored")
    public List<RecordedEvent> events(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId) {
        return history.of(orgId, loanId, LOAN);
    }
}
