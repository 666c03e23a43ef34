package org.kisti.loan.servicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanRecoveryReceived;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.WriteOffPolicySet;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.loan.servicing.WriteOffPolicy.SetWriteOffPolicy;
import org.kisti.loan.servicing.WriteOffRules.ReceiveRecovery;
import org.kisti.loan.servicing.WriteOffRules.WriteOff;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.money.Amount;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.FactDate;
import org.kisti.platform.time.InForce;

/**
 * Loans lost and money found: the organisation's dated write-off policy, a write-off (head office only, once the loan
 * is as far in arrears as the policy says), and recoveries on a loan written off.
 */
@Path("/v1/orgs/{orgId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class WriteOffResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;

    public WriteOffResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
    }

    @Schema(name = "WriteOffPolicyRequest")
    public record PolicyRequest(
            @Schema(example = "2026-01-01") @NotNull @FactDate LocalDate effectiveFrom,
            @Schema(example = "730", description = "Days in arrears from which a loan may be written off")
            @NotNull @Min(1) @Max(3650) Integer minDaysInArrears) {}

    @Schema(name = "WriteOffRequest")
    public record WriteOffRequest(
            @Schema(example = "2028-03-01") @NotNull @FactDate LocalDate writtenOffOn,
            @Schema(example = "Classified bad for two years", maxLength = 200) @NotNull @PlainText(max = 200)
            String reason) {}

    @Schema(name = "RecoveryRequest")
    public record RecoveryRequest(
            @Schema(example = "500.00") @NotNull @Amount BigDecimal amount,
            @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
            @Schema(example = "2028-06-01") @NotNull @FactDate LocalDate recoveredOn) {}

    @PUT
    @Path("/write-off-policy")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set from a date on the days in arrears from which a loan may be written off")
    public List<WriteOffPolicySet> setPolicy(@PathParam("orgId") String orgId,
            @Valid @NotNull PolicyRequest request) {
        commands.sendAndWait(new SetWriteOffPolicy(orgId, WriteOffPolicy.idOf(orgId), request.effectiveFrom(),
                request.minDaysInArrears()));
        return policy(orgId);
    }

    @GET
    @Path("/write-off-policy")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every version of the write-off policy")
    public List<WriteOffPolicySet> policy(@PathParam("orgId") String orgId) {
        return history.factsIfAny(orgId, WriteOffPolicy.idOf(orgId), WriteOffPolicySet.class);
    }

    @POST
    @Path("/loans/{loanId}/write-off")
    @MovesMoney
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Write the loan off, once its days in arrears reach the policy in force; it leaves the"
            + " outstanding portfolio from that day")
    public Response writeOff(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @Context SecurityContext user,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull WriteOffRequest request) {
        Integer threshold = InForce.on(policy(orgId), WriteOffPolicySet::effectiveFrom, request.writtenOffOn())
                .map(WriteOffPolicySet::minDaysInArrears).orElse(null);
        return idempotent.create(orgId, idempotencyKey, "write-off:" + loanId, request, () -> {
            commands.sendAndWait(new WriteOff(orgId, loanId, request.writtenOffOn(), request.reason(),
                    user.getUserPrincipal().getName(), threshold));
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId + "/write-off"),
                    history.fact(orgId, loanId, "loan", LoanWrittenOff.class, w -> true, "no write-off"));
        });
    }

    @POST
    @Path("/loans/{loanId}/recoveries")
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Money received on a loan written off: a recovery, counted apart from repayments")
    public Response recover(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull RecoveryRequest request) {
        return idempotent.create(orgId, idempotencyKey, "recover:" + loanId, request, () -> {
            String recoveryId = UUID.randomUUID().toString();
            commands.sendAndWait(new ReceiveRecovery(orgId, loanId, recoveryId,
                    new Money(request.amount(), request.currency()), request.recoveredOn()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId + "/recoveries/" + recoveryId),
                    history.fact(orgId, loanId, "loan", LoanRecoveryReceived.class,
                            r -> r.recoveryId().equals(recoveryId), "no recovery " + recoveryId));
        });
    }
}
