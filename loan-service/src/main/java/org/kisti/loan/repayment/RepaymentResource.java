package org.kisti.loan.repayment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.Money;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.security.Roles;

@Path("/v1/orgs/{orgId}/loans/{loanId}/repayments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class RepaymentResource {

    @Inject
    CommandGateway commands;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    EventHistory history;

    @POST
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Record a repayment; it pays instalments in due-date order, fee, interest, then principal")
    @APIResponse(responseCode = "201", description = "Recorded; the body gives how it was allocated",
            content = @Content(schema = @Schema(implementation = InstallmentPaid.class)))
    @APIResponse(responseCode = "422", description = "More than is owed, wrong currency or date; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response repay(
            @PathParam("orgId") String orgId,
            @PathParam("loanId") String loanId,
            @Parameter(required = true, description = "Required: money moves once per key; a retry with the same key "
                    + "returns the first answer", example = "7d3c9a0e-2b1f-4c55-9b0e-0f6f2f0a1c11")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull RepaymentRequest request) {
        return idempotent.create(orgId, idempotencyKey, "repay:" + loanId, request, () -> {
            String paymentId = UUID.randomUUID().toString();
            commands.sendAndWait(new RecordRepayment(orgId, loanId, paymentId,
                    new Money(request.amount(), request.currency()), request.paidOn()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId + "/repayments/" + paymentId),
                    repayment(orgId, loanId, paymentId));
        });
    }

    @GET
    @Path("/{paymentId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One repayment and how it was allocated")
    public InstallmentPaid repayment(
            @PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @PathParam("paymentId") String paymentId) {
        return history.fact(orgId, loanId, "loan", InstallmentPaid.class, paid -> paid.paymentId().equals(paymentId),
                "no repayment " + paymentId + " on loan " + loanId);
    }
}
