package org.kisti.platform.security;

/** The roles a Kisti token can carry in its {@code groups} claim. */
public final class Roles {
    /** Field and back-office staff of a partner organisation: write and read in its organisations. */
    public static final String ORG_STAFF = "org-staff";
    /** An apex funder or bank: reads the reports of the organisations it finances. */
    public static final String FUNDER = "funder";
    /** Reads everything of its organisations, event history included. */
    public static final String AUDITOR = "auditor";
    /** Operates the platform; may write and read in the organisations its token lists. */
    public static final String ADMIN = "admin";

    /** The claim listing the organisations a token may touch. */
    public static final String ORGANISATIONS_CLAIM = "kisti_orgs";

    private Roles() {}
}
