package org.kisti.reporting.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;
import org.kisti.platform.time.FactDate;
import org.kisti.reporting.classification.ClassificationPolicy.LoanClassRule;

/**
 * An organisation's loan classification and provisioning policy, as dated data: a policy applies to reports as of
 * its effective day and later, and never changes what an earlier date's report says.
 */
@Path("/v1/orgs/{orgId}/classification-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio")
public class ClassificationPolicyResource {

    private final ClassificationPolicies policies;

    public ClassificationPolicyResource(ClassificationPolicies policies) {
        this.policies = policies;
    }

    @Schema(name = "ClassificationPolicyRequest")
    public record PolicyRequest(
            @Schema(example = "2026-07-01") @NotNull @FactDate LocalDate effectiveFrom,
            @NotNull @Size(min = 1, max = PolicyRules.MAX_CLASSES) List<@NotNull @Valid ClassRequest> classes) {}

    @Schema(name = "LoanClassRequest")
    public record ClassRequest(
            @JsonProperty("class") @Schema(example = "WATCHFUL") @NotNull String className,
            @Schema(example = "1") @NotNull @Min(0) @Max(PolicyRules.MAX_DAYS) Integer minDays,
            @Schema(example = "30", nullable = true) @Min(0) @Max(PolicyRules.MAX_DAYS) Integer maxDays,
            @Schema(example = "5", description = "Percent, 0 to 100, at most 2 decimals") @NotNull
            @Pattern(regexp = "\\d{1,3}(\\.\\d{1,2})?", message = "must be a percent such as 5 or 12.5")
            String provisionRate) {}

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the classification policy from a date",
            description = "Classes by days in arrears, from 0 up without gap or overlap, the last open-ended, each"
                    + " with its provision rate in percent. Reports as of effectiveFrom or later use it.")
    @APIResponse(responseCode = "200", description = "Every policy of the organisation by effective day",
            content = @Content(schema = @Schema(implementation = ClassificationPolicy.class)))
    @APIResponse(responseCode = "400", description = "A class that leaves a gap, overlaps or is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Blocking // the strict JSON reader reads the body on a worker thread; the store is reached through Vert.x
    public List<ClassificationPolicy> set(@PathParam("orgId") String orgId, @Valid @NotNull PolicyRequest request,
            @Context SecurityContext caller) throws Throwable {
        List<LoanClassRule> classes = request.classes().stream().map(c -> new LoanClassRule(c.className(),
                c.minDays(), c.maxDays(), new BigDecimal(c.provisionRate()))).toList();
        List<FieldViolation> wrong = PolicyRules.violations(classes);
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid(wrong);
        }
        ClassificationPolicy policy = new ClassificationPolicy(request.effectiveFrom(), classes);
        String recordedBy = caller.getUserPrincipal().getName();
        return VertxContextSupport.subscribeAndAwait(() -> policies.record(orgId, policy, recordedBy, Instant.now())
                .chain(() -> policies.all(orgId)));
    }

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.FUNDER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The organisation's classification policies by effective day (the default before any)")
    public Uni<List<ClassificationPolicy>> policies(@PathParam("orgId") String orgId) {
        return policies.all(orgId);
    }
}
