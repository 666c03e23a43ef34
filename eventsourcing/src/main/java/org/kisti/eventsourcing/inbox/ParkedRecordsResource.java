package org.kisti.eventsourcing.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.security.Roles;

/** The operator's step after a fix or an upgrade: apply the records this service parked. */
@Path("/v1/admin/parked-records/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ParkedRecordsResource {

    @Inject
    Inbox inbox;

    public record ReplayResult(int applied, long stillParked) {}

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Apply every parked record this service can now read, in arrival order")
    public ReplayResult replay() {
        int applied = inbox.replayParked();
        return new ReplayResult(applied, inbox.parkedCount());
    }
}
