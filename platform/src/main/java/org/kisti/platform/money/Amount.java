package org.kisti.platform.money;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money a request moves: from 0.01 to {@link org.kisti.events.Money#MAX_AMOUNT}, at most 2 decimal
 * places. The aggregate checks the same again; this answers the caller before anything runs. Null is @NotNull's.
 */
@Constraint(validatedBy = AmountValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {
    String message() default "must be from 0.01 to 999999999999.99 with at most 2 decimal places";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
