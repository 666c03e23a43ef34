package org.kisti.reporting.parking;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports parked records without going down: every other aggregate's figures are still right, and a report for a
 * parked aggregate misses only what waits. The count is also the {@code kisti_parked_records} metric to alert on.
 */
@Readiness
@Singleton
public class ParkingHealth implements HealthCheck {

    private final Parking parking;

    public ParkingHealth(Parking parking) {
        this.parking = parking;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("parked-records").up().withData("parkedRecords", parking.waitingCount()).build();
    }
}
