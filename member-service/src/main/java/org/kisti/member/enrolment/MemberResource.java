package org.kisti.member.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.history.RecordedEvent;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.member.membership.Membership;
import org.kisti.member.membership.MembershipRequests;
import org.kisti.member.roster.PersonalData;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.security.Roles;

@Path("/v1/orgs/{orgId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

    private static final String MEMBER = "member";

    @Inject
    Enrolment enrolment;

    @Inject
    PersonalData personalData;

    @Inject
    Membership membership;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    EventHistory history;

    @POST
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Enrol a member into a group",
            description = "Judged by the eligibility policy in force on enrolledOn; a refusal lists every rule broken.")
    @APIResponse(responseCode = "201", description = "Enrolled; Location names the member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible, or the group cannot take her; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response enrol(
            @PathParam("orgId") String orgId,
            @Parameter(description = "Makes a retried request safe: the same key returns the first answer")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull EnrolmentRequest request) {
        return idempotent.create(orgId, idempotencyKey, "enrol-member", request, () -> {
            String memberId = UUID.randomUUID().toString();
            MemberEnrolled enrolled = enrolment.enrol(orgId, memberId, request);
            return new Created(URI.create("/v1/orgs/" + orgId + "/members/" + memberId),
                    MemberView.of(enrolled).with(personalData.of(orgId, memberId).orElse(null)));
        });
    }

    /** A fact about her, once per Idempotency-Key; answers her as she is after it. */
    private Response recorded(String orgId, String memberId, String idempotencyKey, String operation, Object request,
            Runnable command) {
        return idempotent.create(orgId, idempotencyKey, operation + ":" + memberId, request, () -> {
            command.run();
            return new Created(URI.create("/v1/orgs/" + orgId + "/members/" + memberId), member(orgId, memberId));
        });
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A member as her events say she is now")
    public MemberView member(@PathParam("orgId") String orgId, @PathParam("memberId") String memberId) {
        return MemberView.from(history.facts(orgId, memberId, MEMBER, MemberEvent.class))
                .with(personalData.of(orgId, memberId).orElse(null));
    }

    @POST
    @Path("/{memberId}/trainings")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Record a course she completed")
    public Response train(@PathParam("orgId") String orgId, @PathParam("memberId") String memberId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull MembershipRequests.Training request) {
        return recorded(orgId, memberId, idempotencyKey, "train", request,
                () -> membership.train(orgId, memberId, request));
    }

    @POST
    @Path("/{memberId}/transfer")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Move her to another group from a date on; her history stays hers")
    public Response transfer(@PathParam("orgId") String orgId, @PathParam("memberId") String memberId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull MembershipRequests.Transfer request) {
        return recorded(orgId, memberId, idempotencyKey, "transfer", request,
                () -> membership.transfer(orgId, memberId, request));
    }

    @POST
    @Path("/{memberId}/exit")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "She leaves; the exit completes once her loans are settled and her savings refunded",
            description = "Answers her as she is at once: exited is true when nothing of hers was open.")
    public Response exit(@PathParam("orgId") String orgId, @PathParam("memberId") String memberId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull MembershipRequests.Exit request) {
        return recorded(orgId, memberId, idempotencyKey, "exit", request,
                () -> membership.requestExit(orgId, memberId, request));
    }

    @DELETE
    @Path("/{memberId}/personal-data")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Erase her personal data (date of birth, household, land, national id)",
            description = "Her name stays in the events (ADR 0008); her history and every figure stay whole.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase(@PathParam("orgId") String orgId, @PathParam("memberId") String memberId) {
        member(orgId, memberId);
        membership.erasePersonalData(orgId, memberId);
    }

    @GET
    @Path("/{memberId}/events")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A member's full history, as stored")
    public List<RecordedEvent> events(@PathParam("orgId") String orgId, @PathParam("memberId") String memberId) {
        return history.of(orgId, memberId, MEMBER);
    }
}
