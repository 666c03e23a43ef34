package org.kisti.reporting.classification;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How loans are classed by days in arrears, and what share of each class's outstanding principal is provided for,
 * from {@code effectiveFrom} on. The classes cover every day count from 0 up, in order, without gap or overlap, the
 * last one open-ended, so each loan falls in exactly one.
 */
@Schema(name = "ClassificationPolicy")
public record ClassificationPolicy(
        @Schema(example = "2026-01-01") LocalDate effectiveFrom,
        List<LoanClassRule> classes) {

    /** The common Bangladeshi scheme, in force wherever an organisation has set none. */
    public static final ClassificationPolicy DEFAULT = new ClassificationPolicy(LocalDate.of(1900, 1, 1), List.of(
            LoanClassRule.of("REGULAR", 0, 0, "1"),
            LoanClassRule.of("WATCHFUL", 1, 30, "5"),
            LoanClassRule.of("SUBSTANDARD", 31, 180, "25"),
            LoanClassRule.of("DOUBTFUL", 181, 365, "75"),
            LoanClassRule.of("BAD", 366, null, "100")));

    public ClassificationPolicy {
        classes = List.copyOf(classes);
    }

    /** The class of a loan this many days in arrears. */
    public LoanClassRule classOf(long daysInArrears) {
        for (LoanClassRule rule : classes) {
            if (daysInArrears >= rule.minDays() && (rule.maxDays() == null || daysInArrears <= rule.maxDays())) {
                return rule;
            }
        }
        throw new IllegalStateException("a validated policy covers every day count; " + daysInArrears + " fell out");
    }

    /** One class: from minDays to maxDays in arrears (null: no upper end), provided for at a rate in percent. */
    @Schema(name = "LoanClassRule")
    public record LoanClassRule(
            @JsonProperty("class") @Schema(example = "WATCHFUL") String className,
            @Schema(example = "1") int minDays,
            @Schema(example = "30", nullable = true) Integer maxDays,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = org.eclipse.microprofile.openapi.annotations
                    .enums.SchemaType.STRING, example = "5", description = "Percent, 0 to 100") BigDecimal provisionRate) {

        static LoanClassRule of(String name, int minDays, Integer maxDays, String rate) {
            return new LoanClassRule(name, minDays, maxDays, new BigDecimal(rate));
        }
    }
}
