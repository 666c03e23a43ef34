package org.kisti.platform.time;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The business date of something that has happened (an enrolment, a deposit, a repayment): not after today in the
 * organisation's time zone, with a day's tolerance ({@link BusinessClock}). Schedules and previews may look ahead;
 * facts may not, or one mistyped year would stand before every real payment of the account.
 */
@Constraint(validatedBy = FactDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FactDate {
    String RULE = "must not be after today; a fact is entered on or after the day it happened";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
