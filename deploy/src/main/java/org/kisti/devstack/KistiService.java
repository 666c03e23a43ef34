package org.kisti.devstack;

/** The four services the dev stack runs: module directory, default HTTP port and database. */
public enum KistiService {
    MEMBER("member-service", 8081, "kisti_member"),
    SAVINGS("savings-service", 8082, "kisti_savings"),
    LOAN("loan-service", 8083, "kisti_loan"),
    REPORTING("reporting-service", 8084, "kisti_reporting");

    private final String module;
    private final int defaultPort;
    private final String database;

    KistiService(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** The Maven module directory under the repository root, also the service's name in logs. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }
}
