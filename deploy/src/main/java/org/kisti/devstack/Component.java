package org.kisti.devstack;

import java.util.Optional;

/** A process of the dev stack that can fail on its own: the database, the broker, or one of the services. */
public enum Component {
    POSTGRES(null),
    KAFKA(null),
    MEMBER(KistiService.MEMBER),
    SAVINGS(KistiService.SAVINGS),
    LOAN(KistiService.LOAN),
    REPORTING(KistiService.REPORTING);

    private final KistiService service;

    Component(KistiService service) {
        this.service = service;
    }

    public Optional<KistiService> service() {
        return Optional.ofNullable(service);
    }

    /** As the logs name it: postgres, kafka, or the service's module. */
    public String label() {
        return service == null ? name().toLowerCase(java.util.Locale.ROOT) : service.module();
    }
}
