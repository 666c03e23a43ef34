package org.kisti.loan.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.origination.LoanApplied;
import org.kisti.events.origination.LoanApproved;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.events.origination.OriginationEvent;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.eventsourcing.views.MembersView;
import org.kisti.loan.application.ApplicationCommands.Apply;
import org.kisti.loan.application.ApplicationCommands.Approve;
import org.kisti.loan.application.ApplicationCommands.Reject;
import org.kisti.loan.application.ApplicationCommands.Withdraw;
import org.kisti.loan.disbursement.DisburseLoan;
import org.kisti.loan.facts.ApprovalFacts;
import org.kisti.loan.facts.CalendarView;
import org.kisti.loan.product.ProductFacts;
import org.kisti.loan.product.ProductRules;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.loan.schedule.LoanTerms;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;

/**
 * Applications and their approval. An approval is judged by {@link ApprovalRules} on what this service knows on the
 * approval date from its own tables (her loans, and her training and savings as learned from the topics): a deposit
 * made a moment ago may not be seen yet, and the refusal says which balance on which date it judged.
 */
@Path("/v1/orgs/{orgId}/loan-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Loan applications")
public class LoanApplicationResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;
    private final ProductFacts products;
    private final ApprovalFacts facts;
    private final MembersView members;
    private final CalendarView calendar;

    public LoanApplicationResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history,
            ProductFacts products, ApprovalFacts facts, MembersView members, CalendarView calendar) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
        this.products = products;
        this.facts = facts;
        this.members = members;
        this.calendar = calendar;
    }

    @POST
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Apply for a loan of a product, for a purpose, from a fund")
    public Response apply(@PathParam("orgId") String orgId, @Context SecurityContext user,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationRequests.Application request) {
        if (products.versions(orgId, request.productId()).isEmpty()) {
            throw ProblemException.ruleBroken("productId", "names no loan product of this organisation");
        }
        return idempotent.create(orgId, idempotencyKey, "apply-for-loan", request, () -> {
            String applicationId = UUID.randomUUID().toString();
            commands.sendAndWait(new Apply(orgId, applicationId, request.memberId(), request.productId(),
                    new Money(request.amount(), request.currency()), request.installments(), request.purpose(),
                    request.fundId(), request.appliedOn(), request.disbursementDate(), request.firstRepaymentDate(),
                    user.getUserPrincipal().getName()));
            return created(orgId, applicationId);
        });
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "An application and its decision, as recorded")
    public List<OriginationEvent> application(@PathParam("orgId") String orgId,
            @PathParam("applicationId") String applicationId) {
        return history.facts(orgId, applicationId, "loan application", OriginationEvent.class);
    }

    @POST
    @Path("/{applicationId}/approval")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Approve, if every rule of the product in force that day holds; 422 lists each that fails")
    public Response approve(@PathParam("orgId") String orgId, @PathParam("applicationId") String applicationId,
            @Context SecurityContext user, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationRequests.Approval request) {
        return decide(orgId, applicationId, idempotencyKey, "approve", request, () -> new Approve(orgId, applicationId,
                request.approvedOn(), user.getUserPrincipal().getName(),
                seen(orgId, applied(orgId, applicationId), request.approvedOn())));
    }

    @POST
    @Path("/{applicationId}/rejection")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Turn the application down, or record that she withdrew it")
    public Response reject(@PathParam("orgId") String orgId, @PathParam("applicationId") String applicationId,
            @Context SecurityContext user, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationRequests.Rejection request) {
        return decide(orgId, applicationId, idempotencyKey, "reject", request, () -> new Reject(orgId, applicationId,
                request.rejectedOn(), request.reason(), user.getUserPrincipal().getName()));
    }

    @POST
    @Path("/{applicationId}/withdrawal")
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Record that she withdrew her application before it was decided")
    public Response withdraw(@PathParam("orgId") String orgId, @PathParam("applicationId") String applicationId,
            @Context SecurityContext user, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationRequests.Withdrawal request) {
        return decide(orgId, applicationId, idempotencyKey, "withdraw", request, () -> new Withdraw(orgId,
                applicationId, request.withdrawnOn(), request.reason(), user.getUserPrincipal().getName()));
    }

    @POST
    @Path("/{applicationId}/disbursement")
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Disburse an approved application on its date; the loan records where it came from")
    public Response disburse(@PathParam("orgId") String orgId, @PathParam("applicationId") String applicationId,
            @Parameter(required = true, description = "Required: money moves once per key")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ApplicationRequests.Disbursement request) {
        List<OriginationEvent> recorded = history.facts(orgId, applicationId, "loan application",
                OriginationEvent.class);
        LoanApplied applied = (LoanApplied) recorded.get(0);
        LoanApproved approved = recorded.stream().filter(LoanApproved.class::isInstance)
                .map(LoanApproved.class::cast).findFirst()
                .orElseThrow(() -> ProblemException.ruleBroken("applicationId", "is not approved"));
        if (!request.disbursedOn().equals(applied.disbursementDate())) {
            throw ProblemException.ruleBroken("disbursedOn", "must be the approved disbursement date, "
                    + applied.disbursementDate());
        }
        LoanProductVersioned product = products.versions(orgId, applied.productId()).stream()
                .filter(v -> v.effectiveFrom().equals(approved.productVersionFrom())).reduce((a, b) -> b)
                .orElseThrow();
        String groupId = members.find(orgId, applied.memberId()).map(MembersView.KnownMember::groupId).orElse(null);
        ApprovalFacts.Hierarchy hierarchy = facts.hierarchy(orgId, groupId, request.disbursedOn());
        LoanDisbursed.Origin origin = new LoanDisbursed.Origin(applicationId, applied.productId(), applied.fundId(),
                products.fund(orgId, applied.fundId()).map(FundRegistered::funderId).orElse(null), applied.purpose(),
                approved.cycle(), groupId, hierarchy.branchId(), hierarchy.officerId(), savingsHeld(product, applied));
        LoanTerms terms = ProductRules.termsOn(product.currency(), product.interestMethod(), product.rateBasis(),
                product.annualInterestRate(), product.frequency(), product.serviceChargePercent(),
                new InstallmentRounding(product.roundingUnit(), RoundingMode.valueOf(product.roundingMode())),
                applied.amount().amount(), applied.installments(), applied.disbursementDate(),
                applied.firstRepaymentDate());
        // One loan per application: its id follows from the application's, so a second disbursement is refused.
        String loanId = UUID.nameUUIDFromBytes(("loan\n" + applicationId).getBytes(StandardCharsets.UTF_8)).toString();
        return idempotent.create(orgId, idempotencyKey, "disburse-application:" + applicationId, request, () -> {
            commands.sendAndWait(new DisburseLoan(orgId, loanId, applied.memberId(), terms, origin,
                    calendar.calendar(orgId, hierarchy.branchId(), groupId,
                            DueDates.HolidayRule.valueOf(product.holidayRule()), request.disbursedOn())));
            return new Created(URI.create("/v1/orgs/" + orgId + "/loans/" + loanId),
                    history.facts(orgId, loanId, "loan", LoanEvent.class).get(0));
        });
    }

    /** The savings her product requires, held by savings-service while the loan is open; null when none. */
    private static Money savingsHeld(LoanProductVersioned product, LoanApplied applied) {
        BigDecimal required = ApprovalRules.savingsRequired(product, applied.amount().amount());
        return required.signum() > 0 ? new Money(required, applied.amount().currency()) : null;
    }

    /** A decision on the application, once per Idempotency-Key; answers the application's facts after it. */
    private Response decide(String orgId, String applicationId, String idempotencyKey, String operation,
            Object request, Supplier<Object> command) {
        applied(orgId, applicationId);
        return idempotent.create(orgId, idempotencyKey, operation + ":" + applicationId, request, () -> {
            commands.sendAndWait(command.get());
            return created(orgId, applicationId);
        });
    }

    private ApprovalRules.Seen seen(String orgId, LoanApplied applied, java.time.LocalDate day) {
        LoanProductVersioned product = products.inForceOn(orgId, applied.productId(), day).orElse(null);
        ApprovalFacts.Loans loans = facts.loans(orgId, applied.memberId(), day);
        ApprovalFacts.Training training = facts.training(orgId, applied.memberId(), day);
        return new ApprovalRules.Seen(product,
                members.find(orgId, applied.memberId()).map(MembersView.KnownMember::status).orElse(null),
                loans.active(), loans.nextCycle(), training.weeks(), training.threshold(),
                facts.savings(orgId, applied.memberId(), applied.amount().currency(), day),
                products.fund(orgId, applied.fundId()).orElse(null));
    }

    private LoanApplied applied(String orgId, String applicationId) {
        return history.facts(orgId, applicationId, "loan application", OriginationEvent.class).stream()
                .filter(LoanApplied.class::isInstance).map(LoanApplied.class::cast).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no loan application " + applicationId));
    }

    private Created created(String orgId, String applicationId) {
        return new Created(URI.create("/v1/orgs/" + orgId + "/loan-applications/" + applicationId),
                history.facts(orgId, applicationId, "loan application", OriginationEvent.class));
    }
}
