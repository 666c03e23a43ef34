package org.kisti.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kisti.platform.problem.ProblemException;

/**
 * A request body is a UTF-8 {@code application/json} document of at most {@value #MAX_BODY_BYTES} bytes, or it is
 * refused before it is read: 415 for another type or encoding, 413 for more bytes (a declared Content-Length is
 * judged by {@link HttpLimits} before the request gets here; a chunked body is counted as it is read). Whatever a later endpoint
 * declares, no body can cost more than its size, and no merge-patch, problem+json or UTF-16 body is read as if it
 * were the JSON the endpoint documents.
 */
public class JsonBodies {

    /** Far above any request the ledger takes today (a collection sheet of 30 members is ~10 KB). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public void requireJson(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod()) || !hasBody(request)) {
            return;
        }
        MediaType type = onlyContentType(request);
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
                || type.isWildcardSubtype() || !onlyUtf8(type)) {
            throw ProblemException.unsupportedMediaType(HttpHeaders.CONTENT_TYPE, "must be application/json in UTF-8");
        }
        request.setEntityStream(new BoundedUtf8Body(request.getEntityStream(), MAX_BODY_BYTES));
    }

    /**
     * The one Content-Type the request names, or null: two headers (which one would the endpoint honour?), an empty
     * one or text that is no media type ({@code application/}, {@code a, b}) all leave the body's type unknown.
     */
    private static MediaType onlyContentType(ContainerRequestContext request) {
        List<String> headers = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (headers == null || headers.size() != 1 || headers.get(0).indexOf(',') >= 0) {
            return null;
        }
        try {
            return MediaType.valueOf(headers.get(0));
        } catch (IllegalArgumentException notAMediaType) {
            return null;
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean onlyUtf8(MediaType type) {
        for (var parameter : type.getParameters().entrySet()) {
            if (!parameter.getKey().equalsIgnoreCase("charset") || !parameter.getValue().equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }
}
