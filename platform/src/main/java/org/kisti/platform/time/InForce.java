package org.kisti.platform.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one rule for dated data (policies, products, levels, caps): the version in force on a day is the latest dated on
 * or before it, and of two with the same date the one recorded later. Versions are read in recorded order.
 */
public final class InForce {

    private InForce() {}

    public static <T> Optional<T> on(List<T> versions, Function<T, LocalDate> effectiveFrom, LocalDate day) {
        T inForce = null;
        for (T version : versions) {
            LocalDate from = effectiveFrom.apply(version);
            if (!from.isAfter(day) && (inForce == null || !from.isBefore(effectiveFrom.apply(inForce)))) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }
}
