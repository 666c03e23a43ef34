package org.kisti.platform.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kisti.events.Identifier;
import org.kisti.platform.problem.ProblemException;

/**
 * Every path parameter of every endpoint is an identifier ({@code orgId}, {@code memberId}, {@code loanId}...) and is
 * held to the one definition before anything looks it up: an id no service could have stored is a 400 naming it,
 * whatever endpoint a later issue adds.
 */
public class PathIdentifiers {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void requireIdentifiers(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!Identifier.isValid(value)) {
                    throw ProblemException.invalid(parameter.getKey(), Identifier.RULE);
                }
            }
        }
    }
}
