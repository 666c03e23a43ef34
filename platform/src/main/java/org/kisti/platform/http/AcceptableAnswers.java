package org.kisti.platform.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kisti.platform.problem.ProblemException;

/**
 * A request whose Accept header rules out every type the endpoint answers in is refused (406 naming Accept) before
 * the endpoint runs, so nothing is stored for an answer the client said it will not read. The framework already does
 * this for {@code text/plain}; it reads {@code application/json;q=0} ("anything but JSON") as a yes.
 */
public class AcceptableAnswers {

    private static final List<MediaType> JSON_ONLY = List.of(MediaType.APPLICATION_JSON_TYPE);
    private static final String RULE = "must accept one of the types this endpoint answers in: ";

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public void requireAcceptable(ContainerRequestContext request, ResourceInfo resource) {
        List<String> headers = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (headers == null || headers.isEmpty()) {
            return;
        }
        List<MediaType> produced = produced(resource);
        Optional<List<MediaType>> ranges = ranges(headers);
        if (ranges.isEmpty() || produced.stream().noneMatch(type -> accepts(ranges.get(), type))) {
            throw ProblemException.about(406, "not-acceptable", "Not acceptable", HttpHeaders.ACCEPT,
                    RULE + produced.stream().map(MediaType::toString).toList());
        }
    }

    private static List<MediaType> produced(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null && resource.getResourceClass() != null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces == null ? JSON_ONLY : List.of(produces.value()).stream()
                .flatMap(value -> List.of(value.split(",")).stream()).map(String::trim).map(MediaType::valueOf)
                .toList();
    }

    /** Every media range the headers list, or empty when one of them is no media range at all. */
    private static Optional<List<MediaType>> ranges(List<String> headers) {
        List<MediaType> ranges = new ArrayList<>();
        for (String header : headers) {
            for (String range : header.split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                try {
                    MediaType type = MediaType.valueOf(range.trim());
                    if (type.getType().isEmpty() || type.getSubtype().isEmpty() || quality(type) < 0) {
                        return Optional.empty();
                    }
                    ranges.add(type);
                } catch (IllegalArgumentException notAMediaRange) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(ranges);
    }

    /** RFC 9110 §12.5.1: the most specific range matching the type decides, and q=0 means "not acceptable". */
    private static boolean accepts(List<MediaType> ranges, MediaType type) {
        MediaType decisive = null;
        for (MediaType range : ranges) {
            if (range.isCompatible(type) && (decisive == null || specificity(range) > specificity(decisive))) {
                decisive = range;
            }
        }
        return decisive != null && quality(decisive) > 0;
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }

    /** The range's q, 1 when absent, -1 when it is not a number from 0 to 1. */
    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        if (!q.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
            return -1;
        }
        return Double.parseDouble(q);
    }
}
