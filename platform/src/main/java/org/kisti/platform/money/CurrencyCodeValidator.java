package org.kisti.platform.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kisti.events.Currencies;

public class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || Currencies.isAccepted(code); // @NotNull says whether it is required
    }
}
