package org.kisti.platform.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;

public class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null) {
            return true; // @NotNull says whether it is required
        }
        try {
            return code.length() == 3 && Currency.getInstance(code).getDefaultFractionDigits() == 2;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
