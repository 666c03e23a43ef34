package org.kisti.savings.deposit;

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
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.security.Roles;

@Path("/v1/orgs/{orgId}/savings-accounts/{accountId}/deposits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings accounts")
public class DepositResource {

    @Inject
    CommandGateway commands;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    EventHistory history;

    @POST
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Deposit savings into an account")
    @APIResponse(responseCode = "201", description = "Deposited; the body gives the balance after it",
            content = @Content(schema = @Schema(implementation = SavingsDeposited.class)))
    @APIResponse(responseCode = "422", description = "Breaks a rule of the account (currency, date); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deposit(
            @PathParam("orgId") String orgId,
            @PathParam("accountId") String accountId,
            @Parameter(required = true, description = "Required: money moves once per key; a retry with the same key "
                    + "returns the first answer", example = "7d3c9a0e-2b1f-4c55-9b0e-0f6f2f0a1c11")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull DepositRequest request) {
        return idempotent.create(orgId, idempotencyKey, "deposit:" + accountId, request, () -> {
            String depositId = UUID.randomUUID().toString();
            commands.sendAndWait(new DepositSavings(orgId, accountId, depositId,
                    new Money(request.amount(), request.currency()), request.depositedOn()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/savings-accounts/" + accountId + "/deposits/" + depositId),
                    deposit(orgId, accountId, depositId));
        });
    }

    @GET
    @Path("/{depositId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One deposit")
    public SavingsDeposited deposit(
            @PathParam("orgId") String orgId, @PathParam("accountId") String accountId,
            @PathParam("depositId") String depositId) {
        return history.fact(orgId, accountId, "savings account", SavingsDeposited.class,
                deposited -> deposited.depositId().equals(depositId),
                "no deposit " + depositId + " on account " + accountId);
    }
}
