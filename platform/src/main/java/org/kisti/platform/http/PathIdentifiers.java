package org.kisti.platform.http;

import io.vertx.core.http.HttpServerRequest;
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
    public void requireIdentifiers(UriInfo uri, HttpServerRequest raw) {
        // The path as it came over the wire: JAX-RS's own view of it has the matrix parameters already stripped.
        for (String segment : raw.path().split("/")) {
            int matrix = segment.indexOf(';');
            if (matrix >= 0) {
                // ";x=1" would otherwise be dropped silently: the id stored is not the path the client sent.
                throw ProblemException.invalid(parameterNamed(uri, segment.substring(0, matrix)),
                        "must be a plain path segment, without matrix parameters (;name=value)");
            }
        }
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!Identifier.isValid(value)) {
                    throw ProblemException.invalid(parameter.getKey(), Identifier.RULE);
                }
            }
        }
    }

    /** The path parameter whose value the segment carries, or {@code path} for a fixed part of it. */
    private static String parameterNamed(UriInfo uri, String segment) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            if (parameter.getValue().contains(segment)) {
                return parameter.getKey();
            }
        }
        return "path";
    }
}
