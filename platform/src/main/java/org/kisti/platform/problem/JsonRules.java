package org.kisti.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Collection;
import org.kisti.platform.json.JsonRuleViolation;
import org.kisti.platform.json.StrictJson;

/**
 * Jackson's refusals in a client's words: which field, and which rule. Jackson's own messages name Java types and
 * echo whole values; none of that reaches the caller.
 */
final class JsonRules {

    private JsonRules() {}

    static String ruleOf(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonRuleViolation violation) {
            return violation.rule();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof StreamConstraintsException) {
            return "is beyond the request limits (strings up to " + StrictJson.MAX_STRING_LENGTH
                    + " characters, numbers up to " + StrictJson.MAX_NUMBER_LENGTH + " digits, nesting up to "
                    + StrictJson.MAX_NESTING_DEPTH + " levels)";
        }
        if (e instanceof InputCoercionException) {
            return "must be a whole number within range";
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return "cannot be read: " + ProblemText.abbreviate(String.valueOf(instantiation.getCause().getMessage()));
        }
        if (e instanceof InvalidFormatException format) {
            return "cannot read " + ProblemText.abbreviate(String.valueOf(format.getValue())) + " as "
                    + shapeOf(format.getTargetType());
        }
        if (message.startsWith("Trailing token")) {
            return "must be one JSON document with nothing after it";
        }
        if (message.startsWith("No content to map")) {
            return "is required";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be " + shapeOf(mismatch.getTargetType());
        }
        if (message.startsWith("Duplicate field")) {
            return "appears more than once";
        }
        return "is not valid JSON";
    }

    static String fieldOf(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        // Some readers lose the path, and a parser error has none; the parser still knows which field it was in.
        if (path.isEmpty() && e.getProcessor() instanceof JsonParser parser) {
            try {
                String name = parser.currentName();
                return name == null ? "" : ProblemText.abbreviate(name);
            } catch (IOException ignored) {
                return "";
            }
        }
        return path.toString();
    }

    private static String shapeOf(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object";
    }
}
