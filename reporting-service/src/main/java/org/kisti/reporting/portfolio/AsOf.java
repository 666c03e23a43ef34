package org.kisti.reporting.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kisti.platform.problem.ProblemException;

/** The as-of date of a report: required, because "as of now" silently changes as late facts arrive. */
final class AsOf {

    static final String PARAMETER = "asOf";

    private AsOf() {}

    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(PARAMETER, "is required, as a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(PARAMETER, "cannot read \"" + value + "\" as a date YYYY-MM-DD");
        }
    }
}
