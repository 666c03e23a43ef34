package org.kisti.reporting.classification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.reporting.classification.ClassificationPolicy.LoanClassRule;

/**
 * What makes a classification policy usable: every loan must fall in exactly one class, so the classes start at 0
 * days, follow one another without gap or overlap, and the last has no upper end. Pure: the whole list of what is
 * wrong, each naming its field, or none.
 */
final class PolicyRules {

    static final int MAX_CLASSES = 12;
    static final int MAX_DAYS = 36_500;
    private static final String NAME = "[A-Z][A-Z0-9_]{0,31}";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PolicyRules() {}

    static List<FieldViolation> violations(List<LoanClassRule> classes) {
        List<FieldViolation> wrong = new ArrayList<>();
        if (classes.isEmpty() || classes.size() > MAX_CLASSES) {
            wrong.add(new FieldViolation("classes", "must hold 1 to " + MAX_CLASSES + " classes"));
            return wrong;
        }
        Set<String> names = new HashSet<>();
        long next = 0;
        for (int i = 0; i < classes.size(); i++) {
            LoanClassRule rule = classes.get(i);
            String at = "classes[" + i + "].";
            boolean last = i == classes.size() - 1;
            if (rule.className() == null || !rule.className().matches(NAME)) {
                wrong.add(new FieldViolation(at + "class", "must be 1 to 32 capitals, digits or _, from a capital"));
            } else if (!names.add(rule.className())) {
                wrong.add(new FieldViolation(at + "class", "must not repeat an earlier class"));
            }
            if (rule.minDays() != next) {
                wrong.add(new FieldViolation(at + "minDays", "must be " + next
                        + (i == 0 ? ": the first class starts at 0 days" : ", the day after the previous class ends")));
            }
            if (last && rule.maxDays() != null) {
                wrong.add(new FieldViolation(at + "maxDays", "must be null: the last class has no upper end"));
            }
            if (!last && (rule.maxDays() == null || rule.maxDays() < rule.minDays() || rule.maxDays() > MAX_DAYS)) {
                wrong.add(new FieldViolation(at + "maxDays", "must be from minDays to " + MAX_DAYS
                        + "; only the last class is open-ended"));
            }
            if (rule.provisionRate() == null || rule.provisionRate().signum() < 0
                    || rule.provisionRate().compareTo(HUNDRED) > 0 || rule.provisionRate().stripTrailingZeros()
                            .scale() > 2) {
                wrong.add(new FieldViolation(at + "provisionRate", "must be a percent from 0 to 100, at most 2 decimals"));
            }
            next = rule.maxDays() == null ? next : rule.maxDays() + 1L;
        }
        return wrong;
    }
}
