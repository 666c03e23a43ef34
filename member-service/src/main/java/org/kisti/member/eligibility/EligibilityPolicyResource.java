package org.kisti.member.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.platform.security.Roles;

/**
 * The organisation's eligibility policy as dated versions. A PUT adds the version from its {@code effectiveFrom} on
 * (a PUT of the same version again changes nothing a reader sees); enrolments already recorded keep the judgement
 * they were given.
 */
@Path("/v1/orgs/{orgId}/eligibility-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility policy")
public class EligibilityPolicyResource {

    private final CommandGateway commands;
    private final PolicyVersions versions;

    public EligibilityPolicyResource(CommandGateway commands, PolicyVersions versions) {
        this.commands = commands;
        this.versions = versions;
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the eligibility policy from a date on")
    public List<EligibilityPolicySet> set(@PathParam("orgId") String orgId,
            @Valid @NotNull EligibilityPolicyRequest request) {
        List<String> genders = request.allowedGenders() == null ? List.of()
                : request.allowedGenders().stream().map(Gender::name).distinct().toList();
        commands.sendAndWait(new SetEligibilityPolicy(orgId, EligibilityPolicy.idOf(orgId), request.effectiveFrom(),
                request.minAge(), request.maxAge(), request.landDecimals(), genders, request.onePerHousehold(),
                request.groupMinSize(), request.groupMaxSize(), request.cohesionMinSize(), request.cohesionMaxSize(),
                request.trainedAfterWeeks()));
        return versions.of(orgId);
    }

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every version of the eligibility policy, oldest first")
    public List<EligibilityPolicySet> versions(@PathParam("orgId") String orgId) {
        return versions.of(orgId);
    }
}
