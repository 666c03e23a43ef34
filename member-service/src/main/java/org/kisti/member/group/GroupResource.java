package org.kisti.member.group;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.member.branch.BranchView;
import org.kisti.member.eligibility.PolicyVersions;
import org.kisti.member.federation.LevelVersions;
import org.kisti.member.group.GroupCommands.AffiliateGroup;
import org.kisti.member.group.GroupCommands.AssignOfficer;
import org.kisti.member.group.GroupCommands.ChangeMeeting;
import org.kisti.member.group.GroupCommands.CloseGroup;
import org.kisti.member.group.GroupCommands.FormCohesionGroup;
import org.kisti.member.group.GroupCommands.FormGroup;
import org.kisti.member.group.GroupRequests.Affiliation;
import org.kisti.member.group.GroupRequests.Closure;
import org.kisti.member.group.GroupRequests.CohesionGroupFormation;
import org.kisti.member.group.GroupRequests.Formation;
import org.kisti.member.group.GroupRequests.MeetingChange;
import org.kisti.member.group.GroupRequests.OfficerAssignment;
import org.kisti.member.roster.Roster;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessClock;
import org.kisti.platform.time.BusinessDates;

@Path("/v1/orgs/{orgId}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groups")
public class GroupResource {

    private static final String GROUP = "group";

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final Roster roster;
    private final PolicyVersions policies;
    private final LevelVersions levels;

    public GroupResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history, Roster roster,
            PolicyVersions policies, LevelVersions levels) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.roster = roster;
        this.policies = policies;
        this.levels = levels;
    }

    @POST
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Form a group (samity or SHG) in a branch")
    @APIResponse(responseCode = "201", description = "Formed; Location names the group",
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    public Response form(@PathParam("orgId") String orgId,
            @Parameter(description = "Makes a retried request safe: the same key returns the first answer")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull Formation request) {
        return idempotent.create(orgId, idempotencyKey, "form-group", request, () -> {
            BranchView branch = BranchView.from(history.factsIfAny(orgId, request.branchId(),
                    OrganisationEvent.class));
            if (branch == null) {
                throw ProblemException.ruleBroken("branchId", "names no branch of this organisation");
            }
            String groupId = UUID.randomUUID().toString();
            commands.sendAndWait(new FormGroup(orgId, groupId, request.branchId(), request.kind(), request.name(),
                    request.meetingDay(), request.meetingPlace(), request.officerId(), request.formedOn(),
                    branch.openedOn(), branch.closedOn()));
            roster.registerGroup(orgId, groupId, request.branchId());
            return created(orgId, groupId, request.formedOn());
        });
    }

    @GET
    @Path("/{groupId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A group with its members as of a business date (default today)")
    public GroupView group(@PathParam("orgId") String orgId, @PathParam("groupId") String groupId,
            @Parameter(description = "Business date; today in the business time zone when absent",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "date"))
            @QueryParam("asOf") String asOf) {
        LocalDate day = asOf == null ? BusinessClock.today() : BusinessDates.required("asOf", asOf);
        return view(orgId, groupId, day);
    }

    @POST
    @Path("/{groupId}/meeting-changes")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Change the meeting day or place from a date on")
    public Response changeMeeting(@PathParam("orgId") String orgId, @PathParam("groupId") String groupId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull MeetingChange request) {
        return dated(orgId, groupId, idempotencyKey, "change-meeting", request, request.effectiveOn(),
                new ChangeMeeting(orgId, groupId, request.meetingDay(), request.meetingPlace(), request.effectiveOn()));
    }

    @POST
    @Path("/{groupId}/officer-assignments")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Assign another field officer from a date on")
    public Response assignOfficer(@PathParam("orgId") String orgId, @PathParam("groupId") String groupId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull OfficerAssignment request) {
        return dated(orgId, groupId, idempotencyKey, "assign-officer", request, request.effectiveOn(),
                new AssignOfficer(orgId, groupId, request.officerId(), request.effectiveOn()));
    }

    @POST
    @Path("/{groupId}/cohesion-groups")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Form a cohesion group inside the group")
    public Response formCohesionGroup(@PathParam("orgId") String orgId, @PathParam("groupId") String groupId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull CohesionGroupFormation request) {
        return dated(orgId, groupId, idempotencyKey, "form-cohesion-group", request, request.formedOn(),
                new FormCohesionGroup(orgId, groupId, UUID.randomUUID().toString(), request.name(),
                        request.formedOn()));
    }

    @POST
    @Path("/{groupId}/affiliation")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Affiliate the group to a federation unit of the lowest level from a date on")
    public Response affiliate(@PathParam("orgId") String orgId, @PathParam("groupId") String groupId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Affiliation request) {
        FederationUnitFormed unit = history.factsIfAny(orgId, request.unitId(), OrganisationEvent.class).stream()
                .filter(FederationUnitFormed.class::isInstance).map(FederationUnitFormed.class::cast).findFirst()
                .orElseThrow(() -> ProblemException.ruleBroken("unitId", "names no federation unit of the organisation"));
        List<String> named = levels.inForceOn(orgId, request.affiliatedOn());
        return dated(orgId, groupId, idempotencyKey, "affiliate-group", request, request.affiliatedOn(),
                new AffiliateGroup(orgId, groupId, request.unitId(), request.affiliatedOn(), unit.level(),
                        unit.formedOn(), named.isEmpty() ? "(none named)" : named.get(0)));
    }

    @POST
    @Path("/{groupId}/closure")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Close the group; no member may belong to it on that day")
    public Response close(@PathParam("orgId") String orgId, @PathParam("groupId") String groupId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Closure request) {
        return idempotent.create(orgId, idempotencyKey, "close-group:" + groupId, request, () -> {
            roster.lockGroup(orgId, groupId);
            int members = roster.activeInGroup(orgId, groupId, request.closedOn());
            commands.sendAndWait(new CloseGroup(orgId, groupId, request.closedOn(), members));
            return created(orgId, groupId, request.closedOn());
        });
    }

    /** A dated fact about the group, once per Idempotency-Key; answers the group as of the fact's date. */
    private Response dated(String orgId, String groupId, String idempotencyKey, String operation, Object request,
            LocalDate day, Object command) {
        return idempotent.create(orgId, idempotencyKey, operation + ":" + groupId, request, () -> {
            commands.sendAndWait(command);
            return created(orgId, groupId, day);
        });
    }

    private Created created(String orgId, String groupId, LocalDate day) {
        return new Created(URI.create("/v1/orgs/" + orgId + "/groups/" + groupId), view(orgId, groupId, day));
    }

    private GroupView view(String orgId, String groupId, LocalDate day) {
        GroupView group = GroupView.asOf(history.facts(orgId, groupId, GROUP, OrganisationEvent.class), day);
        List<GroupView.Member> members = roster.membersOf(orgId, groupId, day).stream()
                .map(m -> new GroupView.Member(m.memberId(), m.cohesionGroupId())).toList();
        var policy = policies.inForceOn(orgId, day);
        return group.withMembers(members, policy.map(p -> p.groupMinSize()).orElse(null),
                policy.map(p -> p.cohesionMinSize()).orElse(null));
    }
}
