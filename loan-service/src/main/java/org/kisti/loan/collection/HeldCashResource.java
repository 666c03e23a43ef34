package org.kisti.loan.collection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.security.Roles;

@Path("/v1/orgs/{orgId}/held-cash")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collection sheets")
public class HeldCashResource {

    /** A branch's held items are few; the bound keeps one request's cost bounded whatever happens. */
    private static final int LIMIT = 500;

    private final SheetBook book;

    public HeldCashResource(SheetBook book) {
        this.book = book;
    }

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Money collection sheets hold until staff resolve it, oldest first (at most 500), of the"
            + " organisation or of one group")
    public List<SheetBook.HeldItem> held(@PathParam("orgId") String orgId,
            @QueryParam("groupId") @ValidId String groupId) {
        return book.held(orgId, groupId, LIMIT);
    }
}
