package org.kisti.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kisti.platform.problem.ProblemException;

/**
 * Tenancy in one place: any endpoint under {@code /v1/orgs/{orgId}} answers only to a token whose
 * {@value Roles#ORGANISATIONS_CLAIM} claim lists that organisation. Runs after security has authenticated the caller
 * and before the resource method, so a token for another organisation sees a 403 and no data, whatever the endpoint.
 */
public class OrganisationScopeFilter {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @ServerRequestFilter
    public void requireOrganisationInToken(ContainerRequestContext request, UriInfo uri) {
        String orgId = uri.getPathParameters().getFirst("orgId");
        if (orgId == null || identity.isAnonymous()) {
            return; // no tenant in the path, or @RolesAllowed answers 401 for the missing token
        }
        if (!organisationsOf(token).contains(orgId)) {
            throw ProblemException.forbidden("this token does not grant access to organisation " + orgId);
        }
    }

    static Set<String> organisationsOf(JsonWebToken token) {
        return Set.copyOf(Claims.strings(token.getClaim(Roles.ORGANISATIONS_CLAIM)));
    }
}
