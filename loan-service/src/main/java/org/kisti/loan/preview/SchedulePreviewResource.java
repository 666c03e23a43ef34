package org.kisti.loan.preview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.loan.schedule.LoanTerms;
import org.kisti.loan.schedule.ScheduleCalculator;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.security.Roles;

/** What a loan on these terms would cost: the schedule and the disclosed rates, computed and stored nowhere. */
@Path("/v1/orgs/{orgId}/schedule-previews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class SchedulePreviewResource {

    static final String KMSS_EXAMPLE = """
            { "principal": "10000.00", "currency": "BDT", "interestMethod": "FLAT",
              "rateBasis": "PER_LOAN", "annualInterestRate": "12.50",
              "repaymentFrequency": "WEEKLY", "numberOfInstallments": 46,
              "disbursementDate": "2026-01-05", "firstRepaymentDate": "2026-01-19",
              "installmentRounding": { "unit": "1", "mode": "HALF_UP" },
              "serviceCharge": { "amount": "100.00", "collection": "UPFRONT" } }""";

    @POST
    @RolesAllowed({Roles.ORG_STAFF, Roles.FUNDER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Preview the repayment schedule and disclosed rates of loan terms")
    @RequestBody(content = @Content(schema = @Schema(implementation = LoanTerms.class),
            examples = @ExampleObject(name = "46 weekly instalments, flat 12.5 % per loan", value = KMSS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = "Terms break a rule; the problem names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScheduleView preview(@PathParam("orgId") String orgId, @NotNull LoanTerms terms) {
        return ScheduleView.of(ScheduleCalculator.calculate(terms));
    }
}
