package org.kisti.reporting.portfolio;

import java.util.List;

/**
 * What a caller may see of an organisation: everything (staff, auditors, admins) or only the loans financed by the
 * funders its token names, without member or savings figures.
 *
 * @param funders the funder ids of a funder's token; null for the whole organisation
 */
public record ReportScope(List<String> funders) {

    public static final ReportScope WHOLE_ORGANISATION = new ReportScope(null);

    public ReportScope {
        funders = funders == null ? null : List.copyOf(funders);
    }

    public boolean wholeOrganisation() {
        return funders == null;
    }
}
