package org.kisti.loan.collection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessDates;

@Path("/v1/orgs/{orgId}/groups/{groupId}/collection-sheet")
@Tag(name = "Collection sheets")
public class SheetGenerationResource {

    private final SheetFigures figures;

    public SheetGenerationResource(SheetFigures figures) {
        this.figures = figures;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A group's collection sheet for a meeting: its members by cohesion group, each open loan's"
            + " instalment due that day, overdue and outstanding, each savings account's minimum deposit and"
            + " balance, with totals; JSON, or by Accept a printable HTML page. The ETag is the sheet's version")
    @APIResponse(responseCode = "200", description = "The sheet", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetDocument.class)),
            @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "304", description = "If-None-Match named the current version")
    public Response sheet(@PathParam("orgId") String orgId, @PathParam("groupId") @ValidId String groupId,
            @Parameter(description = "The meeting's business date, YYYY-MM-DD", required = true)
            @QueryParam("meetingDate") String meetingDate, @Context Request request) {
        SheetDocument sheet = figures.sheet(orgId, groupId, BusinessDates.required("meetingDate", meetingDate));
        EntityTag version = new EntityTag(sheet.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(version);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(sheet).tag(version).build();
    }
}
