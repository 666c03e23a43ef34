package org.kisti.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well-formed but breaks the input contract (an exponent in an amount, a date-time where a date
 * belongs). Jackson adds the field path as it unwinds, so the problem can name the field; the rule is the whole
 * message a client sees.
 */
public class JsonRuleViolation extends JsonMappingException {

    private final String rule;

    JsonRuleViolation(JsonParser parser, String rule) {
        super(parser, rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
