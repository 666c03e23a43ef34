package org.kisti.platform.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kisti.platform.problem.ProblemException;

/**
 * A query names only the endpoint's own parameters, each exactly as documented and at most once. Without this the
 * framework matches {@code ?asof=} to {@code asOf} (quarkus#31060) and takes the first of {@code ?asOf=a&asOf=b}:
 * a report would answer for a date the client did not mean to ask about, and a typo'd parameter would be silently
 * ignored.
 */
public class QueryParameters {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public void requireDeclaredOnce(UriInfo uri, ResourceInfo resource) {
        String query = uri.getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return;
        }
        Set<String> declared = declared(resource);
        Set<String> seen = new HashSet<>();
        for (String pair : query.split("&", -1)) {
            String name = name(pair);
            if (!declared.contains(name)) {
                throw ProblemException.invalid(name.isEmpty() ? "query" : name,
                        "is not a parameter of this endpoint; it takes " + (declared.isEmpty() ? "none" : declared));
            }
            if (!seen.add(name)) {
                throw ProblemException.invalid(name, "must be given at most once");
            }
        }
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        String raw = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return raw;
        }
    }

    private static Set<String> declared(ResourceInfo resource) {
        Set<String> names = new TreeSet<>();
        if (resource.getResourceMethod() == null) {
            return names;
        }
        for (Annotation[] annotations : resource.getResourceMethod().getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
