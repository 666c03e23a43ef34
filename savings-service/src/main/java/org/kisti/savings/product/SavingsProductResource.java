package org.kisti.savings.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.savings.SavingsKind;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.money.CurrencyCode;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.savings.interest.BalanceBasis;
import org.kisti.savings.interest.PostingPeriod;

/** Savings products as dated data: a version applies from its date and never rewrites what came before. */
@Path("/v1/orgs/{orgId}/savings-products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Savings products")
public class SavingsProductResource {

    @Schema(name = "SavingsProductVersion")
    public record Version(
            @Schema(example = "2026-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "Compulsory weekly savings", maxLength = 200) @NotNull @PlainText(max = 200) String name,
            @Schema(example = "COMPULSORY") @NotNull SavingsKind kind,
            @Schema(example = "BDT") @NotNull @CurrencyCode String currency,
            @Schema(example = "20.00", description = "What the collection sheet asks for at each meeting")
            @NotNull @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
            BigDecimal minimumDeposit,
            @Schema(example = "0.00", description = "The balance an account must keep, but on exit")
            @NotNull @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
            BigDecimal minimumBalance,
            @Schema(example = "6.00", description = "Percent per year")
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal annualInterestRate,
            @Schema(example = "MINIMUM_MONTHLY_BALANCE") @NotNull BalanceBasis balanceBasis,
            @Schema(example = "HALF_YEARLY") @NotNull PostingPeriod postingPeriod,
            @Schema(example = "12", description = "A TERM product's term in months from the account's opening; only"
                    + " for TERM") @Min(1) @Max(240) Integer termMonths) {}

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final SavingsProducts products;

    public SavingsProductResource(CommandGateway commands, IdempotentCreation idempotent, SavingsProducts products) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.products = products;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Define a savings product with its first version")
    public Response define(@PathParam("orgId") String orgId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Version request) {
        return version(orgId, UUID.randomUUID().toString(), idempotencyKey, request);
    }

    @POST
    @Path("/{productId}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a version of a savings product, in force from its effectiveFrom")
    public Response addVersion(@PathParam("orgId") String orgId, @PathParam("productId") String productId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull Version request) {
        versions(orgId, productId);
        return version(orgId, productId, idempotencyKey, request);
    }

    @GET
    @Path("/{productId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every version of a savings product, oldest first")
    public List<SavingsProductVersioned> versions(@PathParam("orgId") String orgId,
            @PathParam("productId") String productId) {
        List<SavingsProductVersioned> versions = products.versions(orgId, productId);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("no savings product " + productId + " in organisation " + orgId);
        }
        return versions;
    }

    private Response version(String orgId, String productId, String idempotencyKey, Version request) {
        return idempotent.create(orgId, idempotencyKey, "version-savings-product:" + productId, request, () -> {
            commands.sendAndWait(new VersionSavingsProduct(orgId, productId, request.effectiveFrom(), request.name(),
                    request.kind(), request.currency(), request.minimumDeposit(), request.minimumBalance(),
                    request.annualInterestRate(), request.balanceBasis().name(), request.postingPeriod().name(),
                    request.termMonths()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/savings-products/" + productId),
                    products.versions(orgId, productId));
        });
    }
}
