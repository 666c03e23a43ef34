package org.kisti.reporting.portfolio;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessDates;

@Path("/v1/orgs/{orgId}/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio")
public class PortfolioResource {

    private final PortfolioQueries queries;

    public PortfolioResource(PortfolioQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.FUNDER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Portfolio figures of an organisation as of a business date",
            description = "Counts and sums every fact dated on or before asOf, as a replay of the events would. "
                    + "Eventually consistent: facts appear a moment after the write services publish them.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = PortfolioView.class)))
    @APIResponse(responseCode = "400", description = "asOf missing or not a date, or from after it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortfolioView> portfolio(
            @PathParam("orgId") String orgId,
            // Read as text and parsed here, so a bad date is a 400 naming asOf rather than the framework's bare 404.
            @Parameter(description = "Business date the figures are as of", required = true, example = "2026-03-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = "First day of the period the in-period figures cover; the first of asOf's month"
                    + " when absent", example = "2026-03-01", schema = @Schema(type = SchemaType.STRING,
                            format = "date"))
            @QueryParam("from") String from) {
        LocalDate day = BusinessDates.required("asOf", asOf);
        LocalDate first = from == null ? day.withDayOfMonth(1) : BusinessDates.required("from", from);
        if (first.isAfter(day)) {
            throw ProblemException.invalid("from", "must not be after asOf, " + day);
        }
        return queries.portfolio(orgId, day, first);
    }
}
