package org.kisti.loan.servicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.security.Roles;

/**
 * A payment entered wrongly is reversed by a new fact, never edited away: the loan stands as if it had never been
 * made and the history keeps both. A reversal is the branch manager's or head office's act (admin), and names who.
 */
@Path("/v1/orgs/{orgId}/loans/{loanId}/repayments/{paymentId}/reversal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class ReversalResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;

    public ReversalResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
    }

    @POST
    @MovesMoney
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reverse a repayment: later payments are allocated again without it, and the fact records"
            + " every split that changed; a reversed payment is never reversed again")
    public Response reverse(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @PathParam("paymentId") String paymentId, @Context SecurityContext user,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ReversalRequest request) {
        // 404 for a payment this loan never had; its reversal, or a second one, is the aggregate's to judge.
        history.fact(orgId, loanId, "loan", InstallmentPaid.class, paid -> paid.paymentId().equals(paymentId),
                "no repayment " + paymentId + " on loan " + loanId);
        return idempotent.create(orgId, idempotencyKey, "reverse:" + loanId + ":" + paymentId, request, () -> {
            commands.sendAndWait(new ReverseRepayment(orgId, loanId, paymentId, request.reason(),
                    user.getUserPrincipal().getName(), request.reversedOn()));
            RepaymentReversed reversal = history.fact(orgId, loanId, "loan", RepaymentReversed.class,
                    r -> r.paymentId().equals(paymentId), "no reversal of " + paymentId);
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId + "/repayments/" + paymentId
                    + "/reversal"), reversal);
        });
    }
}
