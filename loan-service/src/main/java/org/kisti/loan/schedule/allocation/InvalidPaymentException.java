package org.kisti.loan.schedule.allocation;

/** A payment (or reversal) that breaks a rule; {@link #field()} is the JSON field at fault. */
public final class InvalidPaymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    public InvalidPaymentException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The JSON field name, e.g. {@code amount}. */
    public String field() {
        return field;
    }

    /** Why the payment is rejected, for a human. */
    public String rule() {
        return rule;
    }
}
