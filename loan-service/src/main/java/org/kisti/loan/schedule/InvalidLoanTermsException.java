package org.kisti.loan.schedule;

/** Loan terms that break a rule; {@link #field()} is the JSON path of the offending field. */
public final class InvalidLoanTermsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    public InvalidLoanTermsException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The JSON field name, e.g. {@code installmentRounding.unit}. */
    public String field() {
        return field;
    }

    /** Why the value is rejected, for a human. */
    public String rule() {
        return rule;
    }
}
