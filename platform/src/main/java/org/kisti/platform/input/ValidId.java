package org.kisti.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kisti.events.Identifier;

/** An identifier by the one definition every service and table shares ({@link Identifier}). Null is @NotNull's business. */
@Constraint(validatedBy = ValidIdValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidId {
    String message() default Identifier.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
