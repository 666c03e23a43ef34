package org.kisti.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates bad requests for one endpoint from a valid one: every bad value of every field's kind, missing and null
 * required fields, broken bodies, wrong content types and encodings, bad path ids and bad or missing
 * Idempotency-Keys, plus seeded random pairs of bad fields. Seeded ({@code -Dkisti.badinput.seed=N}; the default is
 * fixed), so a failure is reproduced by its seed.
 */
public final class BadRequests {

    public static final long SEED = Long.getLong("kisti.badinput.seed", 20261123L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BAD_PATH_IDS = List.of("%00", "a%00b", "x".repeat(65), "a%20b", "..", "-x",
            "%E0%A6%B0", "%E2%80%8B");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("*/*", "text/plain", "application/merge-patch+json",
            "application/problem+json", "application/json; charset=utf-16", "application/x-www-form-urlencoded",
            "application/xml");

    private final String path;
    private final List<String> pathIds;
    private final Map<String, Object> validBody;
    private final List<Field> fields;
    private final IdempotencyKey key;

    /** How an endpoint takes an Idempotency-Key. */
    public enum IdempotencyKey { NOT_TAKEN, OPTIONAL, REQUIRED }

    /**
     * @param path the endpoint's path with valid ids in it
     * @param pathIds the ids in that path a bad request may replace (the organisation's, the account's...)
     * @param validBody a body the endpoint accepts
     * @param key whether the endpoint takes an Idempotency-Key, and must have one (it moves money)
     */
    public BadRequests(String path, List<String> pathIds, Map<String, Object> validBody, List<Field> fields,
            IdempotencyKey key) {
        this.path = path;
        this.pathIds = pathIds;
        this.validBody = validBody;
        this.fields = fields;
        this.key = key;
    }

    /** Bad dates for a query parameter, and bad organisation ids, of a GET such as the portfolio report. */
    public static List<BadRequest> queries(String pathTemplate, String orgId, String parameter, String validValue) {
        List<BadRequest> requests = new ArrayList<>();
        for (FieldKind.BadValue bad : FieldKind.DATE.badValues(List.of())) {
            String text = bad.json().startsWith("\"") ? bad.json().substring(1, bad.json().length() - 1) : bad.json();
            requests.add(BadRequest.get(parameter + ": " + bad.description(), pathTemplate.replace("{orgId}", orgId)
                    + "?" + parameter + "=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)));
        }
        requests.add(BadRequest.get(parameter + ": missing", pathTemplate.replace("{orgId}", orgId)));
        for (String bad : BAD_PATH_IDS) {
            requests.add(BadRequest.get("organisation id " + abbreviate(bad), pathTemplate.replace("{orgId}", bad)
                    + "?" + parameter + "=" + validValue));
        }
        Collections.shuffle(requests, new Random(SEED));
        return requests;
    }

    /** Every generated request, in an order shuffled by the seed. */
    public List<BadRequest> all() {
        List<BadRequest> requests = new ArrayList<>();
        Random random = new Random(SEED);
        for (Field field : fields) {
            for (FieldKind.BadValue bad : field.kind().badValues(field.enumNames())) {
                requests.add(withBody(field.path() + ": " + bad.description(), replaced(field.path(), bad.json())));
            }
            if (field.required()) {
                requests.add(withBody(field.path() + ": missing", removed(field.path())));
                requests.add(withBody(field.path() + ": null", replaced(field.path(), "null")));
            }
        }
        for (int i = 0; i < 30 && fields.size() > 1; i++) {
            Field one = fields.get(random.nextInt(fields.size()));
            Field two = fields.get(random.nextInt(fields.size()));
            List<FieldKind.BadValue> oneBad = one.kind().badValues(one.enumNames());
            List<FieldKind.BadValue> twoBad = two.kind().badValues(two.enumNames());
            FieldKind.BadValue a = oneBad.get(random.nextInt(oneBad.size()));
            FieldKind.BadValue b = twoBad.get(random.nextInt(twoBad.size()));
            ObjectNode body = tree();
            set(body, one.path(), a.json());
            set(body, two.path(), b.json());
            requests.add(withBody(one.path() + ": " + a.description() + " and " + two.path() + ": "
                    + b.description(), text(body)));
        }
        requests.addAll(brokenBodies());
        requests.addAll(badPaths());
        requests.addAll(badKeys());
        Collections.shuffle(requests, random);
        return requests;
    }

    private List<BadRequest> brokenBodies() {
        String valid = text(tree());
        String firstKey = validBody.keySet().iterator().next();
        List<BadRequest> requests = new ArrayList<>(List.of(
                withBody("trailing garbage", valid + " x"),
                withBody("two documents", valid + valid),
                withBody("a duplicated key", "{\"" + firstKey + "\":" + json(validBody.get(firstKey)) + ","
                        + valid.substring(1)),
                withBody("an unknown field", "{\"extra\":1," + valid.substring(1)),
                withBody("an empty body", ""),
                withBody("a null body", "null"),
                withBody("an array body", "[]"),
                withBody("a string body", "\"x\""),
                withBody("not JSON", "{" + firstKey + ": x}"),
                withBody("deep nesting", "[".repeat(5000) + "]".repeat(5000)),
                withBody("a 70 KB body", "{\"pad\":\"" + "x".repeat(70_000) + "\"," + valid.substring(1)),
                raw("UTF-16 little-endian", "application/json", valid.getBytes(StandardCharsets.UTF_16LE)),
                raw("UTF-16 with its byte-order mark", "application/json", valid.getBytes(StandardCharsets.UTF_16)),
                raw("a UTF-8 byte-order mark", "application/json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                        (byte) 0xBF}, valid.getBytes(StandardCharsets.UTF_8))),
                raw("invalid UTF-8", "application/json", concat(valid.substring(0, valid.length() - 1)
                        .getBytes(StandardCharsets.UTF_8), new byte[] {',', '"', 'x', '"', ':', '"', (byte) 0xC3,
                                '(', '"', '}'})),
                raw("no content type", null, valid.getBytes(StandardCharsets.UTF_8))));
        for (String type : WRONG_CONTENT_TYPES) {
            requests.add(raw("content type " + type, type, valid.getBytes(StandardCharsets.UTF_8)));
        }
        return requests;
    }

    private List<BadRequest> badPaths() {
        List<BadRequest> requests = new ArrayList<>();
        byte[] valid = text(tree()).getBytes(StandardCharsets.UTF_8);
        for (String id : pathIds) {
            for (String bad : BAD_PATH_IDS) {
                requests.add(new BadRequest("path id " + id + " replaced by " + abbreviate(bad),
                        path.replace(id, bad), "application/json", validHeaders(), valid));
            }
        }
        return requests;
    }

    private List<BadRequest> badKeys() {
        if (key == IdempotencyKey.NOT_TAKEN) {
            return List.of();
        }
        byte[] valid = text(tree()).getBytes(StandardCharsets.UTF_8);
        List<BadRequest> requests = new ArrayList<>(List.of(
                new BadRequest("a blank Idempotency-Key", path, "application/json", Map.of("Idempotency-Key", " "),
                        valid),
                new BadRequest("a 65-character Idempotency-Key", path, "application/json",
                        Map.of("Idempotency-Key", "k".repeat(65)), valid),
                new BadRequest("an Idempotency-Key with a space", path, "application/json",
                        Map.of("Idempotency-Key", "a b"), valid)));
        if (key == IdempotencyKey.REQUIRED) {
            requests.add(new BadRequest("no Idempotency-Key on a request that moves money", path, "application/json",
                    Map.of(), valid));
        }
        return requests;
    }

    private BadRequest withBody(String reason, String body) {
        return new BadRequest(reason, path, "application/json", validHeaders(), body.getBytes(StandardCharsets.UTF_8));
    }

    private BadRequest raw(String reason, String contentType, byte[] body) {
        return new BadRequest(reason, path, contentType, validHeaders(), body);
    }

    /** A fresh valid key for requests that are bad for another reason: never the key that makes them refused. */
    private Map<String, String> validHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (key == IdempotencyKey.REQUIRED) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        return headers;
    }

    private ObjectNode tree() {
        return JSON.valueToTree(validBody);
    }

    private String replaced(String fieldPath, String rawJson) {
        ObjectNode body = tree();
        set(body, fieldPath, rawJson);
        return text(body);
    }

    private String removed(String fieldPath) {
        ObjectNode body = tree();
        int dot = fieldPath.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? body : (ObjectNode) body.at("/" + fieldPath.substring(0, dot).replace('.', '/'));
        parent.remove(fieldPath.substring(dot + 1));
        return text(body);
    }

    private static void set(ObjectNode body, String fieldPath, String rawJson) {
        int dot = fieldPath.lastIndexOf('.');
        JsonNode parent = dot < 0 ? body : body.at("/" + fieldPath.substring(0, dot).replace('.', '/'));
        ((ObjectNode) parent).putRawValue(fieldPath.substring(dot + 1), new RawValue(rawJson));
    }

    private static String text(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String abbreviate(String value) {
        return value.length() > 12 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
    }
}
