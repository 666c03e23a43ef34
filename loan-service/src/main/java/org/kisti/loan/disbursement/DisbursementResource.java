package org.kisti.loan.disbursement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.eventsourcing.views.MembersView.KnownMember;
import org.kisti.loan.account.LoanView;
import org.kisti.loan.schedule.InvalidLoanTermsException;
import org.kisti.loan.schedule.RepaymentSchedule;
import org.kisti.loan.schedule.ScheduleCalculator;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.FactDate;
import org.kisti.platform.time.FactDateValidator;

@Path("/v1/orgs/{orgId}/loans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class DisbursementResource {

    @Inject
    CommandGateway commands;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    MembersView members;

    @POST
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Disburse a loan to a member directly, without an application (deprecated)",
            deprecated = true, description = "Deprecated: lend through an application "
                    + "(POST /v1/orgs/{orgId}/loan-applications, its approval and its disbursement), which checks the"
                    + " product's rules and records the loan's origin. This path stays for migrating past loans and"
                    + " answers with a Deprecation header; it will be removed once partners have moved.")
    @APIResponse(responseCode = "201", description = "Disbursed; Location names the loan",
            content = @Content(schema = @Schema(implementation = LoanView.class)))
    @APIResponse(responseCode = "422", description = "Not an active member of this organisation known to this service;"
            + " nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or terms; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response disburse(
            @PathParam("orgId") String orgId,
            @Parameter(required = true, description = "Required: money moves once per key; a retry with the same key "
                    + "returns the first answer", example = "7d3c9a0e-2b1f-4c55-9b0e-0f6f2f0a1c11")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull DisbursementRequest request) {
        RepaymentSchedule schedule = checkedSchedule(request);
        Response created = idempotent.create(orgId, idempotencyKey, "disburse-loan", request, () -> {
            KnownMember member = members.requireActive(orgId, request.memberId());
            String loanId = UUID.randomUUID().toString();
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new DisburseLoan(orgId, loanId, request.memberId(), request.terms(), null))
                    .andMetaData(MembersView.seen(member)));
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId),
                    LoanView.disbursed(orgId, loanId, request.memberId(), request.terms().disbursementDate(), schedule));
        });
        // RFC 9745: the client learns the path is deprecated, and where to go instead.
        return Response.fromResponse(created).header("Deprecation", "@1795392000")
                .header("Link", "</v1/orgs/" + orgId + "/loan-applications>; rel=\"successor-version\"").build();
    }

    /** The terms are judged before anything is stored, and the problem names the field inside the request body. */
    private static RepaymentSchedule checkedSchedule(DisbursementRequest request) {
        // A preview may look ahead; a disbursement is a fact, dated on or before today.
        LocalDate disbursed = request.terms().disbursementDate();
        if (disbursed != null && !FactDateValidator.isFactDate(disbursed)) {
            throw ProblemException.invalid("terms.disbursementDate", FactDate.RULE);
        }
        try {
            return ScheduleCalculator.calculate(request.terms());
        } catch (InvalidLoanTermsException e) {
            throw ProblemException.invalid("terms." + e.field(), e.rule());
        }
    }
}
