package org.kisti.platform.problem;

/**
 * Thrown by an aggregate when a well-formed command breaks a rule of the ledger's current state (a deposit into an
 * account that does not exist yet, a repayment above what is owed). Answered as 422, naming the field and the rule.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String field;
    private final String rule;

    public BusinessRuleViolation(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
