package org.kisti.savings.account;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.history.RecordedEvent;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.problem.ProblemException;
import org.kisti.savings.product.SavingsProducts;
import org.kisti.platform.security.Roles;

@Path("/v1/orgs/{orgId}/savings-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings accounts")
public class SavingsAccountResource {

    static final String ACCOUNT = "savings account";

    @Inject
    CommandGateway commands;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    EventHistory history;

    @Inject
    MembersView members;

    @Inject
    SavingsProducts products;

    @Inject
    KnownGroups groups;

    @POST
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Open a savings account for a member, or a group's fund")
    @APIResponse(responseCode = "201", description = "Opened; Location names the account",
            content = @Content(schema = @Schema(implementation = SavingsAccountView.class)))
    @APIResponse(responseCode = "422", description = "Not an active member of this organisation known to this service;"
            + " nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(
            @PathParam("orgId") String orgId,
            @Parameter(description = "Makes a retried request safe: the same key returns the first answer")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull OpeningRequest request) {
        if (request.productId() != null) {
            SavingsProductVersioned product = products.inForceOn(orgId, request.productId(), request.openedOn())
                    .orElseThrow(() -> ProblemException.ruleBroken("productId",
                            "names no savings product of this organisation in force on " + request.openedOn()));
            if (!product.currency().equals(request.currency())) {
                throw ProblemException.ruleBroken("currency", "must be the product's currency, " + product.currency());
            }
        }
        if ((request.memberId() == null) == (request.groupId() == null)) {
            throw ProblemException.ruleBroken(request.memberId() == null ? "memberId" : "groupId",
                    "an account belongs to a member (memberId) or is a group's fund (groupId): give exactly one");
        }
        return idempotent.create(orgId, idempotencyKey, "open-savings-account", request, () -> {
            Map<String, String> seen = Map.of();
            if (request.memberId() != null) {
                seen = MembersView.seen(members.requireActive(orgId, request.memberId()));
            } else {
                groups.requireOpen(orgId, request.groupId(), request.openedOn());
            }
            String accountId = UUID.randomUUID().toString();
            SavingsAccountOpened opened = new SavingsAccountOpened(orgId, accountId, request.memberId(),
                    request.groupId(), request.currency(), request.openedOn(), request.productId());
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenSavingsAccount(orgId, accountId,
                    request.memberId(), request.groupId(), request.currency(), request.openedOn(),
                    request.productId())).andMetaData(seen));
            return new Created(URI.create("/v1/orgs/" + orgId + "/savings-accounts/" + accountId),
                    SavingsAccountView.from(List.of(opened)));
        });
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A savings account with its balance and deposits, from its events")
    public SavingsAccountView account(@PathParam("orgId") String orgId, @PathParam("accountId") String accountId) {
        return SavingsAccountView.from(history.facts(orgId, accountId, ACCOUNT, SavingsEvent.class));
    }

    @GET
    @Path("/{accountId}/events")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A savings account's full history, as stored")
    public List<RecordedEvent> events(@PathParam("orgId") String orgId, @PathParam("accountId") String accountId) {
        return history.of(orgId, accountId, ACCOUNT);
    }
}
