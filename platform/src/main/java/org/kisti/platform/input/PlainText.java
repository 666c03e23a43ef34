package org.kisti.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a person reads (a name, a place): at most {@link #max()} characters, with at least one visible character,
 * and no control characters, unpaired surrogates or invisible format characters, so what is stored is what is printed
 * on a collection sheet. Null is @NotNull's business.
 */
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    int max();

    String message() default "must be 1 to {max} characters of readable text, without control or invisible characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
