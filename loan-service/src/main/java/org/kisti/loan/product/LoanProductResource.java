package org.kisti.loan.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.origination.LendingPolicySet;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.loan.product.ProductCommands.RegisterFund;
import org.kisti.loan.product.ProductCommands.SetLendingPolicy;
import org.kisti.loan.product.ProductCommands.VersionProduct;
import org.kisti.loan.schedule.DueDates;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;

/**
 * Products as dated data, the funds loans are made from, and the cap on effective annual rates. A product version
 * never alters a loan already approved; a version whose highest disclosed rate is above the cap in force on its date
 * is refused naming the rate and the cap.
 */
@Path("/v1/orgs/{orgId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products and funds")
public class LoanProductResource {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final ProductFacts facts;
    private final EventHistory history;

    public LoanProductResource(CommandGateway commands, IdempotentCreation idempotent, ProductFacts facts,
            EventHistory history) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.facts = facts;
        this.history = history;
    }

    @POST
    @Path("/loan-products")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Define a loan product with its first version")
    public Response define(@PathParam("orgId") String orgId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ProductRequests.Version request) {
        return version(orgId, UUID.randomUUID().toString(), idempotencyKey, request);
    }

    @POST
    @Path("/loan-products/{productId}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a version of a product, in force from its effectiveFrom")
    public Response addVersion(@PathParam("orgId") String orgId, @PathParam("productId") String productId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ProductRequests.Version request) {
        if (facts.versions(orgId, productId).isEmpty()) {
            throw ProblemException.notFound("no loan product " + productId + " in organisation " + orgId);
        }
        return version(orgId, productId, idempotencyKey, request);
    }

    @GET
    @Path("/loan-products/{productId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every version of a product, oldest first")
    public List<LoanProductVersioned> versions(@PathParam("orgId") String orgId,
            @PathParam("productId") String productId) {
        List<LoanProductVersioned> versions = facts.versions(orgId, productId);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("no loan product " + productId + " in organisation " + orgId);
        }
        return versions;
    }

    @PUT
    @Path("/lending-policy")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the cap on effective annual rates from a date on (Bangladesh: 27 %)")
    public List<LendingPolicySet> setPolicy(@PathParam("orgId") String orgId,
            @Valid @NotNull ProductRequests.Policy request) {
        commands.sendAndWait(new SetLendingPolicy(orgId, LendingPolicy.idOf(orgId), request.effectiveFrom(),
                request.maxEffectiveAnnualRate()));
        return history.factsIfAny(orgId, LendingPolicy.idOf(orgId), LendingPolicySet.class);
    }

    @POST
    @Path("/funds")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a fund loans are made from, and its funder")
    public Response registerFund(@PathParam("orgId") String orgId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Valid @NotNull ProductRequests.FundRegistration request) {
        return idempotent.create(orgId, idempotencyKey, "register-fund", request, () -> {
            String fundId = UUID.randomUUID().toString();
            commands.sendAndWait(new RegisterFund(orgId, fundId, request.name(), request.funderId(),
                    request.currency(), request.registeredOn()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/funds/" + fundId),
                    facts.fund(orgId, fundId).orElseThrow());
        });
    }

    @GET
    @Path("/funds/{fundId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN, Roles.FUNDER})
    @Operation(summary = "A fund")
    public FundRegistered fund(@PathParam("orgId") String orgId, @PathParam("fundId") String fundId) {
        return facts.fund(orgId, fundId)
                .orElseThrow(() -> ProblemException.notFound("no fund " + fundId + " in organisation " + orgId));
    }

    private Response version(String orgId, String productId, String idempotencyKey,
            ProductRequests.Version request) {
        return idempotent.create(orgId, idempotencyKey, "version-product:" + productId, request, () -> {
            List<LoanProductVersioned.CycleCap> caps = request.cycleCaps() == null ? List.of()
                    : request.cycleCaps().stream()
                            .map(cap -> new LoanProductVersioned.CycleCap(cap.cycle(), cap.maxAmount())).toList();
            commands.sendAndWait(new VersionProduct(orgId, productId, request.effectiveFrom(), request.name(),
                    request.currency(), request.minAmount(), request.maxAmount(), request.installments(),
                    request.frequency().name(), request.interestMethod().name(), request.rateBasis().name(),
                    request.annualInterestRate(), request.serviceChargePercent(), request.minDaysToFirstRepayment(),
                    request.savingsPercent(), request.trainingRequired(), request.maxActiveLoans(), caps,
                    request.funds(), request.purposes(), request.makerChecker(),
                    request.installmentRounding() == null ? InstallmentRounding.DEFAULT : request.installmentRounding(),
                    facts.capOn(orgId, request.effectiveFrom()).orElse(null),
                    request.rebatePolicy() == null ? ProductRequests.RebatePolicy.PRO_RATA.name()
                            : request.rebatePolicy().name(),
                    request.holidayRule() == null ? DueDates.HolidayRule.STAYS.name() : request.holidayRule().name()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/loan-products/" + productId),
                    facts.versions(orgId, productId));
        });
    }
}
