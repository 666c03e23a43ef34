package org.kisti.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates bad requests for one endpoint from a valid one: every bad value of every field's kind (nested objects
 * field by field), missing and null required fields, broken bodies, wrong content types and encodings, bad path ids
 * and bad or missing Idempotency-Keys, plus seeded random pairs of bad fields. Each request is bad for the reason it
 * states, so any 2xx is a finding. Seeded ({@code -Dkisti.badinput.seed=N}; the default is fixed, and the seed is
 * printed), so a run is repeated exactly by its seed.
 */
public final class BadRequests {

    public static final long SEED = Long.getLong("kisti.badinput.seed", 20261123L);
    /** Random pairs of bad fields per endpoint: two refusals in one body must still be one 4xx. */
    private static final int RANDOM_PAIRS = 30;

    static {
        System.out.println("bad-input seed " + SEED + " (repeat a run with -Dkisti.badinput.seed=" + SEED + ")");
    }

    private final Endpoint endpoint;
    private final List<Field> fields;

    /** How an endpoint takes an Idempotency-Key. */
    public enum IdempotencyKey { NOT_TAKEN, OPTIONAL, REQUIRED }

    /**
     * @param path the endpoint's path with valid ids in it
     * @param pathIds the ids in that path a bad request may replace (the organisation's, the account's...)
     * @param validBody a body the endpoint accepts
     * @param fields the body's fields (an object's fields inside it)
     * @param key whether the endpoint takes an Idempotency-Key, and must have one (it moves money)
     */
    public BadRequests(String path, List<String> pathIds, Map<String, Object> validBody, List<Field> fields,
            IdempotencyKey key) {
        this.endpoint = new Endpoint(path, List.copyOf(pathIds), JsonText.tree(validBody), key);
        this.fields = fields.stream().flatMap(Field::withNestedFields).toList();
        for (Field field : this.fields) {
            if (JsonText.at(endpoint.body(), field.path()).isMissingNode()) {
                // A bad value in a field the valid body lacks would be refused as an unknown field, for another reason.
                throw new IllegalArgumentException("the valid body has no field " + field.path());
            }
        }
    }

    /** Every generated request, in an order shuffled by the seed. */
    public List<BadRequest> all() {
        List<BadRequest> requests = new ArrayList<>();
        Random random = new Random(SEED);
        for (Field field : fields) {
            requests.addAll(badField(field));
        }
        requests.addAll(randomPairs(random));
        requests.addAll(BrokenBodies.of(endpoint));
        requests.addAll(BadPathIds.of(endpoint));
        requests.addAll(BadIdempotencyKeys.of(endpoint));
        Collections.shuffle(requests, random);
        return requests;
    }

    /**
     * GETs of a path (a member, an account) with each of its ids replaced by each bad one, and of the valid path
     * asking for a type the API never answers in.
     */
    public static List<BadRequest> paths(String path, List<String> pathIds) {
        List<BadRequest> requests = new ArrayList<>(BadPathIds.ofGet(path, pathIds));
        requests.addAll(BadAccepts.ofGet(path));
        Collections.shuffle(requests, new Random(SEED));
        return requests;
    }

    /**
     * Bad dates for a query parameter, bad organisation ids, and Accept headers the API cannot honour, of a GET such as
     * the portfolio report.
     */
    public static List<BadRequest> queries(String pathTemplate, String orgId, String parameter, String validValue) {
        String path = pathTemplate.replace("{orgId}", orgId);
        List<BadRequest> requests = new ArrayList<>();
        for (BadValue bad : BadValues.of(FieldKind.DATE, List.of())) {
            String text = bad.json().startsWith("\"") ? unescaped(bad.json()) : bad.json();
            requests.add(BadRequest.get(parameter + ": " + bad.description(), path + "?" + parameter + "="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8)));
        }
        for (String[] raw : new String[][] {
                {"missing", ""}, {"empty", "?" + parameter + "="}, {"without a value", "?" + parameter},
                {"with a NUL", "?" + parameter + "=" + validValue + "%00"},
                {"a 1,000-character value", "?" + parameter + "=" + "9".repeat(1000)},
                {"a + for a plus sign (a space)", "?" + parameter + "=+" + validValue},
                {"invalid UTF-8", "?" + parameter + "=%FF" + validValue},
                {"in another case", "?" + parameter.toLowerCase() + "=" + validValue},
                {"twice, a date and then not a date", "?" + parameter + "=" + validValue + "&" + parameter + "=x"},
                {"twice, not a date and then a date", "?" + parameter + "=x&" + parameter + "=" + validValue},
                {"as a date in another case and then not a date", "?" + parameter.toLowerCase() + "=" + validValue
                        + "&" + parameter + "=x"}}) {
            requests.add(BadRequest.get(parameter + ": " + raw[0], path + raw[1]));
        }
        requests.addAll(BadPathIds.ofGet(path + "?" + parameter + "=" + validValue, List.of(orgId)));
        requests.addAll(BadAccepts.ofGet(path + "?" + parameter + "=" + validValue));
        Collections.shuffle(requests, new Random(SEED));
        return requests;
    }

    /** One field broken every way its kind can be, and for a required field, left out or null. */
    private List<BadRequest> badField(Field field) {
        List<BadRequest> requests = new ArrayList<>();
        ObjectNode valid = endpoint.body();
        for (BadValue bad : field.badValues()) {
            requests.add(endpoint.withBody(field.path() + ": " + bad.description(),
                    JsonText.replaced(valid, field.path(), bad.json())));
        }
        if (field.required()) {
            requests.add(endpoint.withBody(field.path() + ": missing", JsonText.removed(valid, field.path())));
            requests.add(endpoint.withBody(field.path() + ": null", JsonText.replaced(valid, field.path(), "null")));
        }
        JsonNode value = JsonText.at(valid, field.path());
        if (field.kind() == FieldKind.OBJECT && value instanceof ObjectNode object && !object.isEmpty()) {
            requests.add(endpoint.withBody(field.path() + ": an unknown field inside",
                    JsonText.replaced(valid, field.path(), JsonText.withUnknownField(object))));
            requests.add(endpoint.withBody(field.path() + ": a duplicated key inside",
                    JsonText.replaced(valid, field.path(), JsonText.withFirstFieldTwice(object))));
            requests.add(endpoint.withBody(field.path() + ": a field name in another case inside",
                    JsonText.replaced(valid, field.path(), JsonText.withFirstNameCapitalised(object))));
        }
        return requests;
    }

    /** Two bad fields at once, drawn by the seed: the answer must still be one 4xx naming a field. */
    private List<BadRequest> randomPairs(Random random) {
        List<Field> scalars = fields.stream().filter(field -> field.kind() != FieldKind.OBJECT).toList();
        List<BadRequest> requests = new ArrayList<>();
        for (int i = 0; i < RANDOM_PAIRS && scalars.size() > 1; i++) {
            Field one = scalars.get(random.nextInt(scalars.size()));
            Field two = scalars.get(random.nextInt(scalars.size()));
            if (one.equals(two)) {
                continue;
            }
            List<BadValue> oneBad = one.badValues();
            List<BadValue> twoBad = two.badValues();
            BadValue a = oneBad.get(random.nextInt(oneBad.size()));
            BadValue b = twoBad.get(random.nextInt(twoBad.size()));
            ObjectNode body = endpoint.body();
            JsonText.set(body, one.path(), a.json());
            JsonText.set(body, two.path(), b.json());
            requests.add(endpoint.withBody(one.path() + ": " + a.description() + " and " + two.path() + ": "
                    + b.description(), JsonText.text(body)));
        }
        return requests;
    }

    /** The text of a JSON string as a query parameter carries it: JSON escapes resolved. */
    private static String unescaped(String jsonString) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(jsonString, String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
