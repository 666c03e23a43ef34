package org.kisti.platform.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.kisti.events.Money;

public class AmountValidator implements ConstraintValidator<Amount, BigDecimal> {

    @Override
    public boolean isValid(BigDecimal amount, ConstraintValidatorContext context) {
        return amount == null || isAmount(amount);
    }

    public static boolean isAmount(BigDecimal amount) {
        return amount.signum() > 0 && amount.compareTo(Money.MAX_AMOUNT) <= 0
                && amount.stripTrailingZeros().scale() <= 2;
    }
}
