package org.kisti.testing.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Idempotency-Keys that are not one identifier, on an otherwise valid request: a key is an identifier (400), sent
 * once (400), and on a request that moves money it must be there (428 when missing or blank). A blank key read as
 * none would let a retried deposit be stored twice.
 */
final class BadIdempotencyKeys {

    private static final String HEADER = "Idempotency-Key";

    private BadIdempotencyKeys() {}

    static List<BadRequest> of(Endpoint endpoint) {
        if (endpoint.key() == BadRequests.IdempotencyKey.NOT_TAKEN) {
            return List.of();
        }
        List<BadRequest> requests = new ArrayList<>();
        for (String[] bad : new String[][] {
                {"a blank Idempotency-Key", " "}, {"an empty Idempotency-Key", ""},
                {"a 65-character Idempotency-Key", "k".repeat(65)},
                {"a 10,000-character Idempotency-Key", "k".repeat(10_000)},
                {"a 17,000-character Idempotency-Key, beyond the server's 16 KiB of headers", "k".repeat(17_000)},
                {"an Idempotency-Key with a space", "a b"}, {"an Idempotency-Key with a tab", "a\tb"},
                {"an Idempotency-Key starting with '-'", "-k"}, {"an Idempotency-Key with a slash", "a/b"},
                {"an Idempotency-Key with a comma", "a,b"}, {"an Idempotency-Key with a Latin-1 letter", "caf\u00e9"},
                {"an Idempotency-Key of two dots", ".."}}) {
            requests.add(withKeys(endpoint, bad[0], List.of(bad[1])));
        }
        requests.add(withKeys(endpoint, "two Idempotency-Keys",
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString())));
        if (endpoint.key() == BadRequests.IdempotencyKey.REQUIRED) {
            requests.add(withKeys(endpoint, "no Idempotency-Key on a request that moves money", List.of()));
        }
        return requests;
    }

    private static BadRequest withKeys(Endpoint endpoint, String reason, List<String> keys) {
        List<BadRequest.Header> headers = new ArrayList<>();
        for (String key : keys) {
            headers.add(new BadRequest.Header(HEADER, key));
        }
        return BadRequest.post(reason, endpoint.path(), Endpoint.JSON, headers,
                JsonText.utf8(JsonText.text(endpoint.body())));
    }
}
