package org.kisti.platform.parking;

import java.util.Map;

/**
 * A Kafka record a consumer could not apply, kept whole (headers and bytes) with the reason, so it can be applied
 * later by code that understands it. {@code subject} is the aggregate it belongs to: its later records wait behind it.
 */
public record ParkedRecord(
        String eventId, String topic, int partition, long offset, String subject, String ceType,
        Map<String, String> headers, byte[] payload, String reason) {}
