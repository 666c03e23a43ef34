package org.kisti.member.federation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.member.federation.FederationCommands.AffiliateUnit;
import org.kisti.member.federation.FederationCommands.FormUnit;
import org.kisti.member.federation.FederationCommands.NameLevels;
import org.kisti.member.federation.FederationRequests.Affiliation;
import org.kisti.member.federation.FederationRequests.Formation;
import org.kisti.member.federation.FederationRequests.Levels;
import org.kisti.member.roster.FederationTree;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessClock;
import org.kisti.platform.time.BusinessDates;

/**
 * Federations as data: the organisation names its levels (VO → CLF → BLOCK → DISTRICT), forms units, and affiliates
 * each unit to one of the next level up, every affiliation dated, so reports can roll up along the tree as of any day.
 */
@Path("/v1/orgs/{orgId}/federation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Federation")
public class FederationResource {

    /** The tree on a day: the levels in force, each unit with its parent, each affiliated group with its unit. */
    @Schema(name = "FederationTree")
    public record Tree(LocalDate asOf, List<String> levels, List<FederationTree.Unit> units,
            List<FederationTree.Affiliation> groups) {}

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final LevelVersions levels;
    private final FederationTree tree;

    public FederationResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history,
            LevelVersions levels, FederationTree tree) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.levels = levels;
        this.tree = tree;
    }

    @PUT
    @Path("/levels")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Name the federation levels, lowest first, from a date on")
    public Tree nameLevels(@PathParam("orgId") String orgId, @Valid @NotNull Levels request) {
        commands.sendAndWait(new NameLevels(orgId, Federation.idOf(orgId), request.levels(), request.effectiveFrom()));
        return tree(orgId, request.effectiveFrom());
    }

    @POST
    @Path("/units")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Form a federation unit of one of the organisation's levels")
    public Response formUnit(@PathParam("orgId") String orgId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Formation request) {
        return idempotent.create(orgId, idempotencyKey, "form-federation-unit", request, () -> {
            String unitId = UUID.randomUUID().toString();
            commands.sendAndWait(new FormUnit(orgId, unitId, request.level(), request.name(), request.formedOn(),
                    levels.inForceOn(orgId, request.formedOn())));
            return new Created(URI.create("/v1/orgs/" + orgId + "/federation?asOf=" + request.formedOn()),
                    new FederationUnitFormed(orgId, unitId, request.level(), request.name(), request.formedOn()));
        });
    }

    @POST
    @Path("/units/{unitId}/affiliation")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Affiliate a unit to a unit of the next level up from a date on")
    public Response affiliateUnit(@PathParam("orgId") String orgId, @PathParam("unitId") String unitId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Affiliation request) {
        FederationUnitFormed parent = unit(orgId, request.parentUnitId())
                .orElseThrow(() -> ProblemException.ruleBroken("parentUnitId", "names no federation unit"));
        return idempotent.create(orgId, idempotencyKey, "affiliate-unit:" + unitId, request, () -> {
            commands.sendAndWait(new AffiliateUnit(orgId, unitId, request.parentUnitId(), request.affiliatedOn(),
                    parent.level(), parent.formedOn(), levels.inForceOn(orgId, request.affiliatedOn())));
            return new Created(URI.create("/v1/orgs/" + orgId + "/federation?asOf=" + request.affiliatedOn()),
                    tree(orgId, request.affiliatedOn()));
        });
    }

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The federation tree as of a business date (default today)")
    public Tree tree(@PathParam("orgId") String orgId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        return tree(orgId, asOf == null ? BusinessClock.today() : BusinessDates.required("asOf", asOf));
    }

    private Tree tree(String orgId, LocalDate day) {
        return new Tree(day, levels.inForceOn(orgId, day), tree.units(orgId, day), tree.groups(orgId, day));
    }

    private java.util.Optional<FederationUnitFormed> unit(String orgId, String unitId) {
        return history.factsIfAny(orgId, unitId, OrganisationEvent.class).stream()
                .filter(FederationUnitFormed.class::isInstance).map(FederationUnitFormed.class::cast).findFirst();
    }
}
