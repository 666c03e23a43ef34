package org.kisti.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.problem.ProblemException;

/**
 * The size limits of a request as a whole, answered as problem+json like every other refusal: a request target over
 * {@value #MAX_REQUEST_TARGET} characters (414), headers over {@value #MAX_HEADER_BYTES} bytes (431), a declared body
 * over {@value JsonBodies#MAX_BODY_BYTES} bytes (413, closing the connection rather than reading the body).
 *
 * <p>Checked on the HTTP router, before the framework's own 413 and before JAX-RS. The HTTP codec's limits are set
 * well above these (see microprofile-config.properties) because what the codec refuses, it refuses bare and beyond
 * any handler's reach; only a request 4× over a limit meets that.
 */
@ApplicationScoped
public class HttpLimits {

    static final int MAX_REQUEST_TARGET = 4096;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Runs before the framework's upload limit (order -2), which would answer a bare 413. */
    private static final int BEFORE_UPLOAD_LIMIT = -3;

    private final ObjectMapper json;

    public HttpLimits(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_UPLOAD_LIMIT).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_REQUEST_TARGET) {
            refuse(context, ProblemException.about(414, "uri-too-long", "URI too long", "path",
                    "the path and query must be at most " + MAX_REQUEST_TARGET + " characters"), false);
        } else if (headerBytes(request) > MAX_HEADER_BYTES) {
            refuse(context, ProblemException.about(431, "headers-too-large", "Request header fields too large",
                    "headers", "must be at most " + MAX_HEADER_BYTES + " bytes in all"), false);
        } else if (declaredLength(request) > JsonBodies.MAX_BODY_BYTES) {
            refuse(context, BoundedUtf8Body.tooLarge(), true);
        } else {
            context.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /** The Content-Length, 0 when absent, and over any limit when it is not one non-negative number. */
    private static long declaredLength(HttpServerRequest request) {
        var lengths = request.headers().getAll(HttpHeaders.CONTENT_LENGTH);
        if (lengths.isEmpty()) {
            return 0;
        }
        if (lengths.size() > 1 || !lengths.get(0).matches("\\d{1,18}")) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(lengths.get(0));
    }

    private void refuse(RoutingContext context, ProblemException problem, boolean close) {
        String body;
        try {
            String path = context.request().path();
            body = json.writeValueAsString(problem.toProblem(path.length() <= MAX_REQUEST_TARGET ? path : null));
        } catch (JsonProcessingException impossible) {
            body = "{}";
        }
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
