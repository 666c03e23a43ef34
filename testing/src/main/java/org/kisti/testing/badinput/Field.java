package org.kisti.testing.badinput;

import java.util.List;

/**
 * A field of a request body: its dotted path, its kind, and whether it is required (a missing required field, or
 * {@code null} in it, is bad; an optional one has a default).
 */
public record Field(String path, FieldKind kind, boolean required, List<String> enumNames) {

    public static Field required(String path, FieldKind kind) {
        return new Field(path, kind, true, List.of());
    }

    public static Field optional(String path, FieldKind kind) {
        return new Field(path, kind, false, List.of());
    }

    public static Field requiredEnum(String path, String... names) {
        return new Field(path, FieldKind.ENUM, true, List.of(names));
    }

    public static Field optionalEnum(String path, String... names) {
        return new Field(path, FieldKind.ENUM, false, List.of(names));
    }
}
