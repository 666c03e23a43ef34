package org.kisti.savings.posting;

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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessClock;
import org.kisti.platform.time.BusinessDates;
import org.kisti.platform.time.FactDate;

/** Interest posting runs: head office posts a period's interest for the whole organisation at once. */
@Path("/v1/orgs/{orgId}/savings-interest-postings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings interest")
public class InterestPostingResource {

    private final InterestPostings postings;
    private final IdempotentCreation idempotent;

    public InterestPostingResource(InterestPostings postings, IdempotentCreation idempotent) {
        this.postings = postings;
        this.idempotent = idempotent;
    }

    @Schema(name = "InterestPostingRequest")
    public record PostingRequest(
            @Schema(example = "2026-06-30", description = "The last day of the posting period; not after today")
            @NotNull @FactDate LocalDate periodEnd) {}

    @POST
    @MovesMoney
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Post interest on every account whose product's posting period ends on periodEnd; posting a"
            + " period again changes nothing")
    public Response post(@PathParam("orgId") String orgId,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull PostingRequest request) {
        if (request.periodEnd().isAfter(BusinessClock.today())) {
            throw ProblemException.ruleBroken("periodEnd", "must not be after today: a period is posted once it ended");
        }
        return idempotent.create(orgId, idempotencyKey, "post-interest", request, () -> new Created(
                URI.create("/v1/orgs/" + orgId + "/savings-interest-postings/" + request.periodEnd()),
                postings.post(orgId, request.periodEnd())));
    }

    @GET
    @Path("/{periodEnd}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "What was posted for a period end, account by account")
    public InterestPostings.Run posted(@PathParam("orgId") String orgId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("periodEnd") String periodEnd) {
        return postings.of(orgId, BusinessDates.required("periodEnd", periodEnd));
    }
}
