package org.kisti.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Today, as the edge judges a fact's date. The only clock in the ledger's input rules, read at the REST edge and never
 * inside an aggregate. The zone is the deployment's ({@code kisti.business.time-zone}, Asia/Dhaka by default) until
 * organisations carry their own; the tolerance ({@code kisti.business.future-tolerance}, a day) absorbs a tablet's
 * clock and a meeting held across midnight.
 */
public final class BusinessClock {

    private BusinessClock() {}

    public static LocalDate latestFactDate() {
        Duration tolerance = ConfigProvider.getConfig()
                .getOptionalValue("kisti.business.future-tolerance", Duration.class).orElse(Duration.ofDays(1));
        return today().plusDays(tolerance.toDays());
    }

    /** Today in the business time zone: what a view "as of today" means when the caller names no date. */
    public static LocalDate today() {
        ZoneId zone = ConfigProvider.getConfig().getOptionalValue("kisti.business.time-zone", String.class)
                .map(ZoneId::of).orElse(ZoneId.of("Asia/Dhaka"));
        return LocalDate.now(Clock.system(zone));
    }
}
