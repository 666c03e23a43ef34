package org.kisti.loan.servicing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.loan.account.ScheduleFacts;
import org.kisti.loan.facts.CalendarView;
import org.kisti.loan.product.ProductFacts;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.loan.schedule.RepaymentFrequency;
import org.kisti.loan.schedule.Rescheduling;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.problem.BusinessRuleViolation;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.FactDate;

/**
 * Rescheduling after floods and cyclones: one loan, or every loan open in a group or a branch at once. Head office's
 * decision (admin). A loan made from a product is restructured by that product's terms (the version in force on its
 * disbursement); any loan may be given a moratorium.
 */
@Path("/v1/orgs/{orgId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loans")
public class RescheduleResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final ProductFacts products;
    private final FollowUpList loans;
    private final CalendarView calendar;

    public RescheduleResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history,
            ProductFacts products, FollowUpList loans, CalendarView calendar) {
        this.calendar = calendar;
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.products = products;
        this.loans = loans;
    }

    @Schema(name = "RescheduleRequest", description = "Exactly one of moratoriumPeriods and restructureInstallments")
    public record Terms(
            @Schema(example = "2026-08-01") @NotNull @FactDate LocalDate effectiveOn,
            @Schema(example = "FLOOD", maxLength = 64) @NotNull @ValidId String reason,
            @Schema(example = "4") @Min(1) @Max(520) Integer moratoriumPeriods,
            @Schema(example = "40") @Min(1) @Max(520) Integer restructureInstallments) {}

    @Schema(name = "BulkRescheduleRequest", description = "Exactly one of branchId and groupId")
    public record Bulk(@ValidId String branchId, @ValidId String groupId, @Valid @NotNull Terms terms) {}

    @Schema(name = "BulkRescheduleResult")
    public record Result(int rescheduled, List<Refused> refused) {}

    @Schema(name = "RescheduleRefused")
    public record Refused(String loanId, String field, String rule) {}

    @POST
    @Path("/loans/{loanId}/reschedule")
    @MovesMoney
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reschedule a loan from a date: a moratorium of N periods or a restructure into M instalments")
    public Response reschedule(@PathParam("orgId") String orgId, @PathParam("loanId") String loanId,
            @Parameter(required = true, description = "Required: a retry reschedules once")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Terms request) {
        Reschedule command = command(orgId, loanId, idempotencyKey, request);
        return idempotent.create(orgId, idempotencyKey, "reschedule:" + loanId, request, () -> {
            commands.sendAndWait(command);
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId),
                    history.fact(orgId, loanId, "loan", LoanRescheduled.class,
                            r -> r.rescheduleId().equals(command.rescheduleId()), "no reschedule"));
        });
    }

    @POST
    @Path("/reschedules")
    @MovesMoney
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reschedule every loan open in a group or a branch on the date; says how many, and why any"
            + " was not")
    public Response rescheduleMany(@PathParam("orgId") String orgId,
            @Parameter(required = true, description = "Required: a retry reschedules once")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Bulk request) {
        if ((request.branchId() == null) == (request.groupId() == null)) {
            throw ProblemException.invalid(request.branchId() == null ? "branchId" : "groupId",
                    "give exactly one of branchId and groupId");
        }
        LocalDate day = request.terms().effectiveOn();
        List<FollowUpList.OpenLoan> open = request.groupId() != null ? loans.ofGroup(orgId, request.groupId(), day)
                : loans.ofBranch(orgId, request.branchId(), day);
        return idempotent.create(orgId, idempotencyKey, "reschedule-many", request, () -> {
            int done = 0;
            List<Refused> refused = new ArrayList<>();
            for (FollowUpList.OpenLoan loan : open) {
                Reschedule command = command(orgId, loan.loanId(), idempotencyKey, request.terms());
                try {
                    // Judged first on the loan's facts, so a refusal never touches the run's transaction.
                    RescheduleRules.reschedule(LoanState.of(history.facts(orgId, loan.loanId(), "loan",
                            LoanEvent.class)), command);
                } catch (BusinessRuleViolation broken) {
                    refused.add(new Refused(loan.loanId(), broken.field(), broken.rule()));
                    continue;
                }
                commands.sendAndWait(command);
                done++;
            }
            return new Created(URI.create("/v1/orgs/" + orgId + "/reschedules"), new Result(done, refused));
        });
    }

    private Reschedule command(String orgId, String loanId, String idempotencyKey, Terms request) {
        if ((request.moratoriumPeriods() == null) == (request.restructureInstallments() == null)) {
            throw ProblemException.invalid(request.moratoriumPeriods() == null ? "moratoriumPeriods"
                    : "restructureInstallments", "give exactly one of moratoriumPeriods and restructureInstallments");
        }
        LoanDisbursed loan = (LoanDisbursed) history.facts(orgId, loanId, "loan", LoanEvent.class).get(0);
        LoanProductVersioned product = loan.origin() == null ? null
                : products.inForceOn(orgId, loan.origin().productId(), loan.disbursedOn()).orElse(null);
        RepaymentFrequency frequency = product != null ? RepaymentFrequency.valueOf(product.frequency())
                : Rescheduling.frequencyOf(ScheduleFacts.fromEvent(loan));
        Reschedule.ProductTerms terms = product == null ? null : new Reschedule.ProductTerms(
                product.interestMethod(), product.rateBasis(), product.annualInterestRate(), product.frequency(),
                new InstallmentRounding(product.roundingUnit(),
                        RoundingMode.valueOf(product.roundingMode())));
        boolean moratorium = request.moratoriumPeriods() != null;
        String id = UUID.nameUUIDFromBytes(("reschedule\n" + idempotencyKey + "\n" + loanId)
                .getBytes(StandardCharsets.UTF_8)).toString();
        DueDates.Calendar holidays = product == null ? DueDates.Calendar.NONE : calendar.calendar(orgId,
                loan.origin().branchId(), loan.origin().groupId(), DueDates.HolidayRule.valueOf(product.holidayRule()),
                request.effectiveOn());
        return new Reschedule(orgId, loanId, id, request.effectiveOn(), request.reason(),
                moratorium ? Reschedule.Kind.MORATORIUM : Reschedule.Kind.RESTRUCTURE,
                moratorium ? request.moratoriumPeriods() : request.restructureInstallments(), frequency, terms,
                holidays);
    }
}
