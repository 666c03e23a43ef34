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
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.Money;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsWithdrawn;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.security.Roles;
import org.kisti.savings.product.SavingsProducts;
import org.kisti.savings.withdrawal.WithdrawalCommands.WithdrawSavings;

@Path("/v1/orgs/{orgId}/savings-accounts/{accountId}/withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings accounts")
public class WithdrawalResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final SavingsProducts products;

    public WithdrawalResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history,
            SavingsProducts products) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.products = products;
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
            SavingsProductVersioned product = products.inForceOn(orgId, productOf(orgId, accountId),
                    request.withdrawnOn()).orElse(null);
            commands.sendAndWait(new WithdrawSavings(orgId, accountId, withdrawalId,
                    new Money(request.amount(), request.currency()), request.kind(), request.withdrawnOn(), product));
            return new Created(URI.create("/v1/orgs/" + orgId + "/savings-accounts/" + accountId + "/withdrawals/"
                    + withdrawalId), withdrawal(orgId, accountId, withdrawalId));
        });
    }

    private String productOf(String orgId, String accountId) {
        List<SavingsEvent> facts = history.facts(orgId, accountId, "savings account", SavingsEvent.class);
        return ((SavingsAccountOpened) facts.get(0)).productId();
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
