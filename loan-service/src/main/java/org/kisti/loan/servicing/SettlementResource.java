package org.kisti.loan.servicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.loan.product.ProductFacts;
import org.kisti.loan.schedule.allocation.SettlementQuote;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.BusinessDates;

/**
 * Early settlement: what paying the loan off on a day costs, and paying exactly that. The rebate follows the loan's
 * product version in force on its disbursement date (a loan of no product rebates pro rata).
 */
@Path("/v1/orgs/{orgId}/loans/{loanId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class SettlementResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final ProductFacts products;

    public SettlementResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history,
            ProductFacts products) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.products = products;
    }

    /** A quote as the API shows it. */
    @Schema(name = "SettlementQuote")
    public record Quote(LocalDate on, String currency, BigDecimal principal, BigDecimal interest, BigDecimal fee,
            BigDecimal total, BigDecimal interestRebated, BigDecimal feeRebated, String rebatePolicy) {}

    @GET
    @Path("/settlement-quote")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "What settles the loan on a day: principal, interest and fees due, the current instalment's"
            + " interest pro rata, and what is rebated")
    public Quote quote(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String on) {
        LocalDate day = BusinessDates.required("on", on);
        List<LoanEvent> facts = history.facts(orgId, loanId, "loan", LoanEvent.class);
        Terms terms = terms(orgId, (LoanDisbursed) facts.get(0));
        // A rule the loan breaks (closed, a day before its latest payment) is a 422 naming the field, as for the command.
        SettlementQuote quote = SettlementRules.quote(LoanState.of(facts), day,
                terms.flat() && "NONE".equals(terms.rebatePolicy()));
        String currency = ((LoanDisbursed) facts.get(0)).principal().currency();
        return new Quote(day, currency, quote.principal(), quote.interest(), quote.fee(), quote.total(),
                quote.interestRebated(), quote.feeRebated(), terms.rebatePolicy());
    }

    @POST
    @Path("/settlement")
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Settle the loan early by paying exactly the quote of the day; the loan closes")
    public Response settle(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull SettlementRequest request) {
        List<LoanEvent> facts = history.facts(orgId, loanId, "loan", LoanEvent.class);
        Terms terms = terms(orgId, (LoanDisbursed) facts.get(0));
        return idempotent.create(orgId, idempotencyKey, "settle:" + loanId, request, () -> {
            String paymentId = UUID.randomUUID().toString();
            commands.sendAndWait(new SettleEarly(orgId, loanId, paymentId,
                    new Money(request.amount(), request.currency()), request.settledOn(), terms.rebatePolicy(),
                    terms.flat()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId + "/settlement"),
                    history.fact(orgId, loanId, "loan", LoanSettledEarly.class, s -> true, "no settlement"));
        });
    }

    private record Terms(String rebatePolicy, boolean flat) {}

    private Terms terms(String orgId, LoanDisbursed loan) {
        if (loan.origin() == null) {
            return new Terms("PRO_RATA", false);
        }
        LoanProductVersioned product = products.inForceOn(orgId, loan.origin().productId(), loan.disbursedOn())
                .orElse(null);
        return product == null ? new Terms("PRO_RATA", false)
                : new Terms(product.rebatePolicy(), "FLAT".equals(product.interestMethod()));
    }
}
