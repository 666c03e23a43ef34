package org.kisti.platform.problem;

/** One broken rule of the input: the JSON field (dotted path) and the rule it broke, in words. */
public record FieldViolation(String field, String rule) {}
