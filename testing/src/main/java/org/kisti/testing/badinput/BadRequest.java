package org.kisti.testing.badinput;

import java.util.List;

/**
 * One request that breaks the input contract for exactly the stated reason: every other part is valid, so any 2xx is
 * a real finding. Sent byte for byte: {@code contentType} null means none is sent, {@code headers} go out in order
 * (a header named twice is sent twice), and a chunked body goes without a Content-Length.
 */
public record BadRequest(String reason, String path, String contentType, List<Header> headers, byte[] body,
        boolean chunked, String verb) {

    public BadRequest(String reason, String path, String contentType, List<Header> headers, byte[] body,
            boolean chunked) {
        this(reason, path, contentType, headers, body, chunked, null);
    }

    /** A header as sent; a list of them, not a map, so a request can carry one twice. */
    public record Header(String name, String value) {}

    /** A GET of a bad path or query: no body. */
    public static BadRequest get(String reason, String pathAndQuery) {
        return new BadRequest(reason, pathAndQuery, null, List.of(), null, false);
    }

    /** A POST with its body counted in a Content-Length. */
    public static BadRequest post(String reason, String path, String contentType, List<Header> headers, byte[] body) {
        return new BadRequest(reason, path, contentType, headers, body, false);
    }

    /** The same request with its body sent in chunks, so the server learns its size only by reading it. */
    BadRequest chunked(String why) {
        return new BadRequest(reason + ", " + why, path, contentType, headers, body, true, verb);
    }

    /** The same request sent with another method: a PUT of a body, as a POST is by default. */
    public BadRequest as(String method) {
        return new BadRequest(reason, path, contentType, headers, body, chunked, method);
    }

    public String method() {
        if (verb != null) {
            return verb;
        }
        return body == null ? "GET" : "POST";
    }

    @Override
    public String toString() {
        return reason + " → " + method() + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
    }
}
