package org.kisti.events;

import java.time.LocalDate;

/**
 * The days a business date may fall on: wide enough for an NGO's history (DDJ has records since 1984) and for
 * schedules running decades ahead, narrow enough that every date means one day to every reader, in Java, JSON,
 * Kafka headers and PostgreSQL alike.
 */
public final class BusinessWindow {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
    public static final String RULE = "must be a date YYYY-MM-DD from " + FIRST_DAY + " to " + LAST_DAY;

    private BusinessWindow() {}

    public static boolean contains(LocalDate date) {
        return date != null && !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }
}
