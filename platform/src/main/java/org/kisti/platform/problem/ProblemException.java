package org.kisti.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A refusal with its HTTP status, thrown wherever the refusal is decided and turned into problem+json at the edge.
 * Thrown before anything is stored, or inside the transaction that then rolls back: bad input changes nothing.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldViolation> violations;

    public ProblemException(int status, String slug, String title, String detail, List<FieldViolation> violations) {
        super(ProblemText.bounded(detail));
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations.stream()
                .map(v -> new FieldViolation(ProblemText.abbreviate(v.field()), ProblemText.bounded(v.rule())))
                .toList();
    }

    /** 400: the request is malformed or a field breaks a rule that needs no state to check. */
    public static ProblemException invalid(List<FieldViolation> violations) {
        String detail = violations.stream().limit(10).map(v -> v.field() + ": " + v.rule())
                .collect(Collectors.joining("; "));
        return new ProblemException(400, "invalid-input", "Invalid input", detail, violations);
    }

    public static ProblemException invalid(String field, String rule) {
        return invalid(List.of(new FieldViolation(field, rule)));
    }

    /** 422: well-formed, but the ledger's current state does not allow it (paying more than is owed, say). */
    public static ProblemException ruleBroken(String field, String rule) {
        return about(422, "business-rule", "Business rule violated", field, rule);
    }

    /** 422: a well-formed request that breaks several rules of the ledger's state at once, each named. */
    public static ProblemException rulesBroken(List<FieldViolation> violations) {
        String detail = violations.stream().limit(10).map(v -> v.field() + ": " + v.rule())
                .collect(Collectors.joining("; "));
        return new ProblemException(422, "business-rule", "Business rule violated", detail, violations);
    }

    /** 415: a body that is not UTF-8 application/json. */
    public static ProblemException unsupportedMediaType(String field, String rule) {
        return about(415, "unsupported-media-type", "Unsupported media type", field, rule);
    }

    /** 413: a body larger than any request of the ledger needs. */
    public static ProblemException tooLarge(String field, String rule) {
        return about(413, "payload-too-large", "Payload too large", field, rule);
    }

    /** 428: a request that moves money without an Idempotency-Key, so a retry could move it twice. */
    public static ProblemException preconditionRequired(String field, String rule) {
        return about(428, "precondition-required", "Precondition required", field, rule);
    }

    /** Any refusal about one part of the request: its status, and the field and the rule it broke. */
    public static ProblemException about(int status, String slug, String title, String field, String rule) {
        return new ProblemException(status, slug, title, field + ": " + rule, List.of(new FieldViolation(field, rule)));
    }

    /** 404: the path names nothing this organisation has (or another organisation's: the same answer). */
    public static ProblemException notFound(String detail) {
        return about(404, "not-found", "Not found", "path", detail);
    }

    /** 409: another request got there first; the field says which part of this one collided. */
    public static ProblemException conflict(String field, String detail) {
        return about(409, "conflict", "Conflict", field, detail);
    }

    /** 403: the token is valid but does not grant this; the problem names the Authorization header. */
    public static ProblemException forbidden(String detail) {
        return about(403, "forbidden", "Forbidden", "Authorization", detail);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), instance, violations);
    }
}
