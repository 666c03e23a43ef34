package org.kisti.testing.badinput;

import java.util.ArrayList;
import java.util.List;

/**
 * Path segments no identifier can be, written as a client puts them on the wire (percent-encoded where a URL needs
 * it): each must be refused by the identifier rule (400 naming the parameter) or, where the server's path
 * normalisation turns it into another path ({@code ..}, an encoded slash), by that path's 404 or 405, never reach a
 * lookup or a store. One is longer than the server's 4,096-byte request line: the contract's 400 (or the server's
 * 414) must still be a problem.
 */
final class BadPathIds {

    static final List<String> BAD_PATH_IDS = List.of(
            "%00", "a%00b", "abc%00", "x".repeat(65), "x".repeat(1000), "a%20b", "%20a", "a%20", "a%09b", "a%0Ab",
            "a%0D%0Ab", "..", "%2E%2E", ".", "-x", ".x", "_x", "a%2Fb", "a%5Cb", "a%3Bb", "a%25b", "a%3Fb", "a%23b",
            "a%2Bb", "%E0%A6%B0", "%E2%80%8B", "caf%C3%A9", "%EF%BC%A1", "%C0%AF", "%FF", "x".repeat(5000));
    /**
     * Appended to a valid id: JAX-RS reads {@code ;x=1} as a matrix parameter and hands the endpoint the id before it,
     * but the segment the client sent, and every log, proxy rule and metric that reads the raw path, is no identifier.
     */
    static final String MATRIX_PARAMETER = ";x=1";

    private static final List<String> DOT_SEGMENTS = List.of(".", "..", "%2E%2E");

    private BadPathIds() {}

    /** Each path id of the endpoint replaced by each bad one, with an otherwise valid request. */
    static List<BadRequest> of(Endpoint endpoint) {
        List<BadRequest> requests = new ArrayList<>();
        byte[] valid = JsonText.utf8(JsonText.text(endpoint.body()));
        for (String id : endpoint.pathIds()) {
            for (String bad : BAD_PATH_IDS) {
                requests.add(BadRequest.post("path id " + id + " replaced by " + abbreviate(bad),
                        replaceSegment(endpoint.path(), id, bad), Endpoint.JSON, endpoint.validHeaders(), valid));
            }
            requests.add(BadRequest.post("path id " + id + " with a matrix parameter (" + MATRIX_PARAMETER + ")",
                    replaceSegment(endpoint.path(), id, id + MATRIX_PARAMETER), Endpoint.JSON, endpoint.validHeaders(),
                    valid));
        }
        return requests;
    }

    /**
     * GETs of the path with each of its ids replaced by each bad one (and the query kept). A dot segment is not sent
     * as the last one: {@code /accounts/a-1/deposits/..} is, by RFC 3986, the account itself, a resource a GET may
     * read, so its 200 would say nothing about the identifier rule.
     */
    static List<BadRequest> ofGet(String pathAndQuery, List<String> pathIds) {
        List<BadRequest> requests = new ArrayList<>();
        String path = pathAndQuery.split("\\?", 2)[0];
        for (String id : pathIds) {
            for (String bad : BAD_PATH_IDS) {
                if (path.endsWith("/" + id) && DOT_SEGMENTS.contains(bad)) {
                    continue;
                }
                requests.add(BadRequest.get("path id " + id + " replaced by " + abbreviate(bad),
                        replaceSegment(pathAndQuery, id, bad)));
            }
            requests.add(BadRequest.get("path id " + id + " with a matrix parameter (" + MATRIX_PARAMETER + ")",
                    replaceSegment(pathAndQuery, id, id + MATRIX_PARAMETER)));
        }
        return requests;
    }

    /** Replaces the whole path segment holding the id, not a substring of another segment. */
    static String replaceSegment(String path, String id, String bad) {
        String replaced = path.replace("/" + id + "/", "/" + bad + "/");
        if (replaced.equals(path)) {
            replaced = path.replaceFirst("/" + java.util.regex.Pattern.quote(id) + "(?=$|\\?)",
                    java.util.regex.Matcher.quoteReplacement("/" + bad));
        }
        if (replaced.equals(path)) {
            throw new IllegalArgumentException("no segment " + id + " in " + path);
        }
        return replaced;
    }

    static String abbreviate(String value) {
        return value.length() > 16 ? value.substring(0, 12) + "…(" + value.length() + " characters)" : value;
    }
}
