package org.kisti.eventsourcing.idempotency;

import java.net.URI;

/** What a creating request answers: where the new thing lives and the body describing it. */
public record Created(URI location, Object body) {}
