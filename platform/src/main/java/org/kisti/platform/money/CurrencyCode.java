package org.kisti.platform.money;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ISO 4217 code of a currency in circulation with 2 decimal places (BDT, INR, USD...), see {@link
 * org.kisti.events.Currencies}: the ledger keeps every amount at 2 places, so a currency with another minor unit, or
 * one withdrawn years ago, is refused at the door rather than half-way through a posting.
 */
@Constraint(validatedBy = CurrencyCodeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {
    String message() default "must be the ISO 4217 code of a currency in circulation with 2 decimal places, such as BDT or INR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
