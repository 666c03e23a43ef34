package org.kisti.savings.withdrawal;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.security.Roles;
import org.kisti.savings.withdrawal.WithdrawalCommands.RefundOnExit;

/**
 * Her savings paid back in full as she leaves, and the account closed: the fact member-service's exit process waits
 * for. Only once she has asked to leave, as this service learned from the members topic.
 */
@Path("/v1/orgs/{orgId}/savings-accounts/{accountId}/refund")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings accounts")
public class RefundResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final MembersView members;

    public RefundResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history,
            MembersView members) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.members = members;
    }

    @POST
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Refund her savings in full on exit and close the account")
    public Response refund(@PathParam("orgId") String orgId, @PathParam("accountId") String accountId,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull WithdrawalRequests.Refund request) {
        var facts = history.facts(orgId, accountId, "savings account", SavingsEvent.class);
        String memberId = ((SavingsAccountOpened) facts.get(0)).memberId();
        return idempotent.create(orgId, idempotencyKey, "refund:" + accountId, request, () -> {
            var member = members.find(orgId, memberId);
            boolean leaving = member.map(m -> MembersView.LEAVING.equals(m.status())).orElse(false);
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RefundOnExit(orgId, accountId,
                    UUID.randomUUID().toString(), request.refundedOn(), leaving))
                    .andMetaData(member.map(MembersView::seen).orElse(Map.of())));
            return new Created(URI.create("/v1/orgs/" + orgId + "/savings-accounts/" + accountId),
                    history.facts(orgId, accountId, "savings account", SavingsEvent.class));
        });
    }
}
