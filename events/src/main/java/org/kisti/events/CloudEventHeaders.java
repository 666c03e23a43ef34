package org.kisti.events;

/**
 * The Kafka header names of a Kisti CloudEvent in binary mode (CloudEvents Kafka protocol binding: {@code ce_} and the
 * attribute name), once for the relay that writes them and every consumer and test that reads them.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Kisti extension attributes: the tenant, the aggregate sequence and the business date. */
    public static final String ORGANISATION = "ce_kistiorg";
    public static final String SEQUENCE = "ce_kistisequence";
    public static final String BUSINESS_DATE = "ce_kistibusinessdate";

    public static final String SPEC_VERSION_1_0 = "1.0";

    private CloudEventHeaders() {}
}
