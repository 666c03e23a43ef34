package org.kisti.testing.badinput;

import java.util.List;

/**
 * Accept headers the API cannot honour: it answers JSON or problem+json only. A request asking for something else is
 * refused before the endpoint runs (406 naming Accept), so nothing is stored for an answer the client will not read;
 * one that is no media type at all is the client's error (4xx), not the server's.
 */
final class BadAccepts {

    static final List<String> VALUES = List.of("text/plain", "application/xml", "application/json;q=0", "invalid",
            "application/");

    private BadAccepts() {}

    /** GETs of a valid path and query, each asking for one of the types the API never answers in. */
    static List<BadRequest> ofGet(String pathAndQuery) {
        return VALUES.stream().map(accept -> new BadRequest("Accept '" + accept + "'", pathAndQuery, null,
                List.of(new BadRequest.Header("Accept", accept)), null, false)).toList();
    }
}
