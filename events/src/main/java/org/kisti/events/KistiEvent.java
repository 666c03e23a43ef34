package org.kisti.events;

import java.time.LocalDate;

/** What every Kisti event carries: the organisation it belongs to, its aggregate and the business date it happened on. */
public interface KistiEvent {
    String orgId();

    String aggregateId();

    /** The day the fact happened in the field, as entered; not the moment it was stored. */
    LocalDate businessDate();
}
