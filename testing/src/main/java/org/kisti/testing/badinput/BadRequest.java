package org.kisti.testing.badinput;

import java.util.Map;

/**
 * One request that breaks the input contract for exactly the stated reason: every field but the one named is valid,
 * so any 2xx is a real finding. {@code contentType} null means none is sent.
 */
public record BadRequest(String reason, String path, String contentType, Map<String, String> headers, byte[] body) {

    /** A GET of a bad path or query: no body. */
    public static BadRequest get(String reason, String pathAndQuery) {
        return new BadRequest(reason, pathAndQuery, null, Map.of(), null);
    }

    public String method() {
        return body == null ? "GET" : "POST";
    }

    @Override
    public String toString() {
        return reason + " → " + method() + " " + path;
    }
}
