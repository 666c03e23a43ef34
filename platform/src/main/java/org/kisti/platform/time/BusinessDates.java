package org.kisti.platform.time;

import java.time.LocalDate;
import org.kisti.events.BusinessWindow;
import org.kisti.platform.json.IsoDates;
import org.kisti.platform.problem.ProblemException;

/**
 * Reads a business date from a query parameter, by the same rule as a date in a body ({@link IsoDates}). Taken as a
 * string on purpose: JAX-RS answers a query parameter it cannot convert with a bare 404, where a caller deserves a
 * 400 naming the parameter.
 */
public final class BusinessDates {

    private BusinessDates() {}

    public static LocalDate required(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            throw ProblemException.invalid(parameter, "is required, as a date YYYY-MM-DD");
        }
        return IsoDates.parse(value).orElseThrow(() -> ProblemException.invalid(parameter, BusinessWindow.RULE));
    }
}
