package org.kisti.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kisti.platform.problem.ProblemException;

/**
 * Reads a business date from a query parameter. Taken as a string on purpose: JAX-RS answers a query parameter it
 * cannot convert with a bare 404, where a caller deserves a 400 naming the parameter.
 */
public final class BusinessDates {

    private BusinessDates() {}

    public static LocalDate required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(parameter, "is required, as a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be a date YYYY-MM-DD, was \"" + value + "\"");
        }
    }
}
