package org.kisti.testing.badinput;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The valid request every bad one is derived from: a path with valid ids in it, a body the endpoint accepts, and the
 * endpoint's rule for an {@code Idempotency-Key}. A bad request changes one thing of it.
 */
record Endpoint(String path, List<String> pathIds, ObjectNode validBody, BadRequests.IdempotencyKey key) {

    static final String JSON = "application/json";

    ObjectNode body() {
        return validBody.deepCopy();
    }

    /**
     * The headers of a request that is bad for another reason: a fresh valid key where one is required, never the key
     * that could make it refused (nor one that could replay an earlier answer).
     */
    List<BadRequest.Header> validHeaders() {
        List<BadRequest.Header> headers = new ArrayList<>();
        if (key == BadRequests.IdempotencyKey.REQUIRED) {
            headers.add(new BadRequest.Header("Idempotency-Key", UUID.randomUUID().toString()));
        }
        return headers;
    }

    BadRequest withBody(String reason, String body) {
        return BadRequest.post(reason, path, JSON, validHeaders(), JsonText.utf8(body));
    }

    BadRequest withBytes(String reason, String contentType, byte[] body) {
        return BadRequest.post(reason, path, contentType, validHeaders(), body);
    }
}
