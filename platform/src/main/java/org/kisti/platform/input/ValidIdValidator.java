package org.kisti.platform.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kisti.events.Identifier;

public class ValidIdValidator implements ConstraintValidator<ValidId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Identifier.isValid(value);
    }
}
