package org.kisti.member.branch;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.member.roster.Roster;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;

@Path("/v1/orgs/{orgId}/branches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Branches")
public class BranchResource {

    /** A branch with the groups formed in it. */
    @Schema(name = "BranchWithGroups")
    public record BranchWithGroups(BranchView branch, List<String> groupIds) {}

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final Roster roster;

    public BranchResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history,
            Roster roster) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.roster = roster;
    }

    @POST
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Open a branch office")
    @APIResponse(responseCode = "201", description = "Opened; Location names the branch",
            content = @Content(schema = @Schema(implementation = BranchWithGroups.class)))
    public Response open(@PathParam("orgId") String orgId,
            @Parameter(description = "Makes a retried request safe: the same key returns the first answer")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull BranchRequest request) {
        return idempotent.create(orgId, idempotencyKey, "open-branch", request, () -> {
            String branchId = UUID.randomUUID().toString();
            commands.sendAndWait(new OpenBranch(orgId, branchId, request.code(), request.name(), request.district(),
                    request.subDistrict(), request.openedOn()));
            return new Created(location(orgId, branchId), branch(orgId, branchId));
        });
    }

    @GET
    @Path("/{branchId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A branch and the groups formed in it")
    public BranchWithGroups branch(@PathParam("orgId") String orgId, @PathParam("branchId") String branchId) {
        BranchView branch = BranchView.from(history.factsIfAny(orgId, branchId, OrganisationEvent.class));
        if (branch == null) {
            throw ProblemException.notFound("no branch " + branchId + " in organisation " + orgId);
        }
        return new BranchWithGroups(branch, roster.groupsOf(orgId, branchId));
    }

    @POST
    @Path("/{branchId}/closure")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Close a branch: no group may form in it from that day")
    public Response close(@PathParam("orgId") String orgId, @PathParam("branchId") String branchId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull BranchClosure request) {
        return idempotent.create(orgId, idempotencyKey, "close-branch:" + branchId, request, () -> {
            branch(orgId, branchId);
            commands.sendAndWait(new CloseBranch(orgId, branchId, request.closedOn()));
            return new Created(location(orgId, branchId), branch(orgId, branchId));
        });
    }

    private static URI location(String orgId, String branchId) {
        return URI.create("/v1/orgs/" + orgId + "/branches/" + branchId);
    }
}
