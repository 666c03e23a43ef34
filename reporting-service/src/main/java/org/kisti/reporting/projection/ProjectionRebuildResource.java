package org.kisti.reporting.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.security.Roles;

/** The operator's command to rebuild the projection from offset 0 (after a new figure needs a new column, say). */
@Path("/v1/admin/projection/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ProjectionRebuildResource {

    private final ProjectionRebuild rebuild;

    public ProjectionRebuildResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the projection from offset 0 into fresh tables and switch to them",
            description = "Blocking; reports answer from the old tables until the switch, the live consumers wait"
                    + " meanwhile. Answers how many records were read, applied and parked, and where the old tables"
                    + " were kept.")
    public ProjectionRebuild.Outcome rebuild() throws Throwable {
        return rebuild.rebuild();
    }
}
