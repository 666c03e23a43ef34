package org.kisti.savings.withdrawal;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.security.Roles;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;

@Path("/v1/orgs/{orgId}/savings-accounts/{accountId}/withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings accounts")
public class WithdrawalResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;

    public WithdrawalResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
    }

    @POST
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Pay savings out of an account; never more than its balance")
    public Response withdraw(@PathParam("orgId") String orgId, @PathParam("accountId") String accountId,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull WithdrawalRequests.Withdrawal request) {
        return idempotent.create(orgId, idempotencyKey, "withdraw:" + accountId, request, () -> {
            String withdrawalId = UUID.randomUUID().toString();
            commands.sendAndWait(new WithdrawSavings(orgId, accountId, withdrawalId,
                    new Money(request.amount(), request.currency()), request.kind(), request.withdrawnOn()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/savings-accounts/" + accountId + "/withdrawals/"
                    + withdrawalId), withdrawal(orgId, accountId, withdrawalId));
        });
    }

    @GET
    @Path("/{withdrawalId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One withdrawal")
    public SavingsWithdrawn withdrawal(@PathParam("orgId") String orgId, @PathParam("accountId") String accountId,
            @PathParam("withdrawalId") String withdrawalId) {
        return history.fact(orgId, accountId, "savings account", SavingsWithdrawn.class,
                withdrawn -> withdrawn.withdrawalId().equals(withdrawalId),
                "no withdrawal " + withdrawalId + " on account " + accountId);
    }
}
