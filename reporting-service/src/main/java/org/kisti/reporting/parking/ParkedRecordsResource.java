package org.kisti.reporting.parking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.security.Roles;
import org.kisti.reporting.projection.ParkedReplay;

/** The operator's step after a fix or an upgrade: apply the records the projection parked. */
@Path("/v1/admin/parked-records/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ParkedRecordsResource {

    private final ParkedReplay replay;

    public ParkedRecordsResource(ParkedReplay replay) {
        this.replay = replay;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Apply every parked record the projection can now read, in arrival order")
    public ParkedReplay.Result replay() {
        return replay.replay();
    }
}
