package org.kisti.platform.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;

/** A token claim holding a list of strings, however the JWT library hands it over. */
public final class Claims {

    private Claims() {}

    /** The claim's strings: a JSON array, a collection, a single value; none when absent. */
    public static List<String> strings(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().map(value -> value instanceof JsonString s ? s.getString() : value.toString())
                    .toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }
}
