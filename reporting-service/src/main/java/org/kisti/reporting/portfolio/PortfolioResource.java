package org.kisti.reporting.portfolio;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kisti.events.Identifier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Claims;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessDates;
import org.kisti.reporting.portfolio.export.PortfolioMediaTypes;

@Path("/v1/orgs/{orgId}")
@Tag(name = "Portfolio")
public class PortfolioResource {

    /** The claim of a funder's token naming the funders whose loans it may see. */
    public static final String FUNDERS_CLAIM = "kisti_funders";
    static final int MAX_FUNDERS = 100;

    private final PortfolioQueries queries;
    private final JsonWebToken token;

    public PortfolioResource(PortfolioQueries queries, JsonWebToken token) {
        this.queries = queries;
        this.token = token;
    }

    /**
     * Staff, auditors and admins see the whole organisation; a token that is only a funder's sees the loans of the
     * funders in its {@value #FUNDERS_CLAIM} claim, and one naming none is refused rather than shown nothing.
     */
    private ReportScope scope(SecurityContext caller) {
        if (caller.isUserInRole(Roles.ORG_STAFF) || caller.isUserInRole(Roles.AUDITOR)
                || caller.isUserInRole(Roles.ADMIN)) {
            return ReportScope.WHOLE_ORGANISATION;
        }
        List<String> funders = Claims.strings(token.getClaim(FUNDERS_CLAIM));
        if (funders.isEmpty() || funders.size() > MAX_FUNDERS || !funders.stream().allMatch(Identifier::isValid)) {
            throw ProblemException.forbidden("this funder token names no valid funders in " + FUNDERS_CLAIM
                    + " (1 to " + MAX_FUNDERS + " funder ids)");
        }
        return new ReportScope(funders);
    }

    @GET
    @Path("/portfolio")
    @Produces({MediaType.APPLICATION_JSON, PortfolioMediaTypes.CSV, PortfolioMediaTypes.XLSX})
    @RolesAllowed({Roles.ORG_STAFF, Roles.FUNDER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Portfolio figures of an organisation as of a business date",
            description = "Counts and sums every fact dated on or before asOf, as a replay of the events would, in"
                    + " totals and, with groupBy, one row per key. JSON, or by Accept the same report as CSV (one line"
                    + " per figure and currency) or XLSX (totals, rows, definitions with as-of and provenance)."
                    + " Eventually consistent: facts appear a moment after the write services publish them.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PortfolioView.class)),
                    @Content(mediaType = PortfolioMediaTypes.CSV), @Content(mediaType = PortfolioMediaTypes.XLSX)})
    @APIResponse(responseCode = "400", description = "asOf missing or not a date, from after it, groupBy unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another organisation, or a funder token naming no funders",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "As many reports as the service runs at once are running, or"
            + " the organisation's loans are still being derived after an upgrade or a bulk load; retry after the"
            + " Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortfolioView> portfolio(@PathParam("orgId") String orgId, @Context SecurityContext caller,
            // Read as text and parsed here, so a bad date is a 400 naming it rather than the framework's bare 404.
            @Parameter(description = "Business date the figures are as of", required = true, example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(description = "First day of the period the in-period figures cover; the first of asOf's"
                    + " month when absent", example = "2026-03-01", schema = @Schema(type = SchemaType.STRING,
                            format = "date")) @QueryParam("from") String from,
            @Parameter(description = GroupBy.RULE_TEXT, example = "branch") @QueryParam("groupBy") String groupBy) {
        LocalDate day = BusinessDates.required("asOf", asOf);
        LocalDate first = from == null ? day.withDayOfMonth(1) : BusinessDates.required("from", from);
        if (first.isAfter(day)) {
            throw ProblemException.invalid("from", "must not be after asOf, " + day);
        }
        return queries.portfolio(new PortfolioQueries.Request(orgId, day, first, GroupBy.parse(groupBy),
                scope(caller)));
    }

    @GET
    @Path("/portfolio.{format:csv|xlsx}")
    @Produces({PortfolioMediaTypes.CSV, PortfolioMediaTypes.XLSX})
    @RolesAllowed({Roles.ORG_STAFF, Roles.FUNDER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The portfolio report as CSV or an XLSX workbook, for a link a browser can follow")
    public Uni<Response> export(@PathParam("format") String format, @PathParam("orgId") String orgId,
            @Context SecurityContext caller,
            @Parameter(description = "Business date the figures are as of", required = true, example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(description = "First day of the period the in-period figures cover; the first of asOf's"
                    + " month when absent", example = "2026-03-01", schema = @Schema(type = SchemaType.STRING,
                            format = "date")) @QueryParam("from") String from,
            @Parameter(description = GroupBy.RULE_TEXT, example = "branch") @QueryParam("groupBy") String groupBy) {
        String type = "csv".equals(format) ? PortfolioMediaTypes.CSV : PortfolioMediaTypes.XLSX;
        return portfolio(orgId, caller, asOf, from, groupBy).map(view -> Response.ok(view, type).build());
    }
}
