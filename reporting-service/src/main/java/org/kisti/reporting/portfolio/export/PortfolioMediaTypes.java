package org.kisti.reporting.portfolio.export;

import org.kisti.reporting.portfolio.PortfolioView;

/** The media types a portfolio report can be asked for besides JSON, and the file name it is saved under. */
public final class PortfolioMediaTypes {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PortfolioMediaTypes() {}

    /**
     * {@code attachment; filename="portfolio-<orgId>-<asOf>.<extension>"}. Anything in the organisation id but
     * letters, digits, dot, dash and underscore becomes an underscore: the value goes into a response header, where
     * a quote or a line break would end the file name or the header itself.
     */
    static String attachment(PortfolioView view, String extension) {
        String orgId = String.valueOf(view.orgId()).replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"portfolio-" + orgId + "-" + view.asOf() + "." + extension + "\"";
    }
}
