package org.kisti.testing.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A field of a request body: its name, its kind, whether it is required (a missing required field, or {@code null}
 * in it, is bad; an optional one has a default), the names of an enum, the fields of a nested object, and values this
 * one field refuses beyond its kind's (a rounding unit that is no allowed unit, say).
 */
public record Field(String path, FieldKind kind, boolean required, List<String> enumNames, List<Field> nested,
        List<String> alsoBad) {

    public static Field required(String path, FieldKind kind) {
        return new Field(path, kind, true, List.of(), List.of(), List.of());
    }

    public static Field optional(String path, FieldKind kind) {
        return new Field(path, kind, false, List.of(), List.of(), List.of());
    }

    public static Field requiredEnum(String path, String... names) {
        return new Field(path, FieldKind.ENUM, true, List.of(names), List.of(), List.of());
    }

    public static Field optionalEnum(String path, String... names) {
        return new Field(path, FieldKind.ENUM, false, List.of(names), List.of(), List.of());
    }

    public static Field requiredObject(String path, List<Field> nested) {
        return new Field(path, FieldKind.OBJECT, true, List.of(), List.copyOf(nested), List.of());
    }

    public static Field optionalObject(String path, List<Field> nested) {
        return new Field(path, FieldKind.OBJECT, false, List.of(), List.copyOf(nested), List.of());
    }

    /** The same field, also refusing these raw JSON values (each for this field's own rule). */
    public Field alsoRefusing(String... rawJson) {
        List<String> more = new ArrayList<>(alsoBad);
        more.addAll(List.of(rawJson));
        return new Field(path, kind, required, enumNames, nested, List.copyOf(more));
    }

    /** The same field under a parent object: {@code terms.principal} for {@code principal} in {@code terms}; its own
     * nested fields stay relative to it. */
    Field under(String parent) {
        return new Field(parent + "." + path, kind, required, enumNames, nested, alsoBad);
    }

    /** This field and, for an object, every field inside it, each with its full dotted path. */
    Stream<Field> withNestedFields() {
        return Stream.concat(Stream.of(this), nested.stream().flatMap(child -> child.under(path).withNestedFields()));
    }

    /** Every bad value of this field: its kind's, then its own. */
    List<BadValue> badValues() {
        List<BadValue> values = new ArrayList<>(BadValues.of(kind, enumNames));
        for (String json : alsoBad) {
            values.add(BadValue.bad("a value this field refuses: " + json, json));
        }
        return values;
    }
}
