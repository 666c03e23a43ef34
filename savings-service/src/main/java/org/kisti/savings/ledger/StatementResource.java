package org.kisti.savings.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessClock;
import org.kisti.platform.time.BusinessDates;
import org.kisti.savings.product.SavingsProducts;

@Path("/v1/orgs/{orgId}/savings-accounts/{accountId}/statement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings accounts")
public class StatementResource {

    private final EventHistory history;
    private final SavingsProducts products;

    public StatementResource(EventHistory history, SavingsProducts products) {
        this.history = history;
        this.products = products;
    }

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The account's statement by value date: opening balance, each movement with its running"
            + " balance, closing balance, held and available")
    public Statement statement(@PathParam("orgId") String orgId, @PathParam("accountId") String accountId,
            @Parameter(description = "First day; the day the account opened when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day; today in the business time zone when absent",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        List<SavingsEvent> facts = history.facts(orgId, accountId, "savings account", SavingsEvent.class);
        AccountState account = AccountState.of(facts);
        LocalDate first = from == null ? account.openedOn : BusinessDates.required("from", from);
        LocalDate last = to == null ? BusinessClock.today() : BusinessDates.required("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from, " + first);
        }
        return Statement.of(facts, first, last,
                products.inForceOn(orgId, account.productId, last).orElse(null));
    }
}
