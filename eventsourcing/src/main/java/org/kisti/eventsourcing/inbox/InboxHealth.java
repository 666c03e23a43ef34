package org.kisti.eventsourcing.inbox;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the inbox reads. Parked records are reported, not counted as down: the service still serves every other
 * request and applies every other aggregate's facts; the count is also the {@code kisti_parked_records} metric.
 */
@Readiness
@Singleton
public class InboxHealth implements HealthCheck {

    @Inject
    Inbox inbox;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("inbox")
                .status(inbox.isReading())
                .withData("topics", String.join(",", inbox.topics()))
                .withData("parkedRecords", inbox.parkedCount())
                .build();
    }
}
