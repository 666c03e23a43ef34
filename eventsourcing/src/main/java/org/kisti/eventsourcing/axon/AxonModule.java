package org.kisti.eventsourcing.axon;

import org.axonframework.config.Configurer;

/** What a write service adds to the shared Axon set-up: its aggregates, command handlers and upcasters. */
public interface AxonModule {
    void configure(Configurer configurer);
}
