package org.kisti.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;

/**
 * Edits a valid body by dotted field path ({@code terms.serviceCharge.amount}), writing bad values as raw JSON so
 * they go out exactly as written. Keys are sorted, so the same seed gives the same requests in every JVM (a
 * {@code Map.of} iterates in an order that changes from run to run).
 */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonText() {}

    static ObjectNode tree(Object validBody) {
        return JSON.valueToTree(validBody);
    }

    static JsonNode at(ObjectNode body, String fieldPath) {
        return body.at("/" + fieldPath.replace('.', '/'));
    }

    /** The body with the field at the path replaced by raw JSON (added if it was missing). */
    static String replaced(ObjectNode validBody, String fieldPath, String rawJson) {
        ObjectNode body = validBody.deepCopy();
        set(body, fieldPath, rawJson);
        return text(body);
    }

    static void set(ObjectNode body, String fieldPath, String rawJson) {
        parentOf(body, fieldPath).putRawValue(nameOf(fieldPath), new RawValue(rawJson));
    }

    /** The body without the field at the path. */
    static String removed(ObjectNode validBody, String fieldPath) {
        ObjectNode body = validBody.deepCopy();
        parentOf(body, fieldPath).remove(nameOf(fieldPath));
        return text(body);
    }

    /** The object's text with its first field written twice: {@code {"a":1,"a":1,"b":2}}. */
    static String withFirstFieldTwice(ObjectNode object) {
        String name = object.fieldNames().next();
        return "{" + text(JSON.getNodeFactory().textNode(name)) + ":" + text(object.get(name)) + ","
                + text(object).substring(1);
    }

    /** The object's text with one more field no endpoint knows. */
    static String withUnknownField(ObjectNode object) {
        return "{\"extra\":1," + text(object).substring(1);
    }

    /** The object's text with its first field name spelt with a capital letter: an unknown field, and one missing. */
    static String withFirstNameCapitalised(ObjectNode object) {
        String name = object.fieldNames().next();
        ObjectNode renamed = JSON.createObjectNode();
        object.fields().forEachRemaining(field -> renamed.set(field.getKey().equals(name)
                ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : field.getKey(), field.getValue()));
        return text(renamed);
    }

    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode parentOf(ObjectNode body, String fieldPath) {
        int dot = fieldPath.lastIndexOf('.');
        return dot < 0 ? body : (ObjectNode) at(body, fieldPath.substring(0, dot));
    }

    private static String nameOf(String fieldPath) {
        return fieldPath.substring(fieldPath.lastIndexOf('.') + 1);
    }
}
