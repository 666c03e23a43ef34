package org.kisti.platform.time;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

public class FactDateValidator implements ConstraintValidator<FactDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || isFactDate(date);
    }

    public static boolean isFactDate(LocalDate date) {
        return !date.isAfter(BusinessClock.latestFactDate());
    }
}
