package org.kisti.reporting.portfolio.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sentence per figure family, for the readers of an export who never see the OpenAPI document. The words are
 * those of the {@code @Schema} descriptions of {@code PortfolioFigures}; a test keeps the two the same.
 */
public final class FigureDefinitions {

    /** Family name to definition, in the order the figures appear in an export. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("activeMembers", "Members enrolled on or before asOf who had not left by then");
        d.put("activeBorrowers", "Members with at least one loan whose principal is not fully repaid");
        d.put("savingsOutstanding", "Deposits + interest posted − withdrawals − refunds, per currency");
        // The only family the schema does not describe: it counts every loan disbursed by asOf (disbursed_on <= asOf).
        d.put("loansDisbursed", "Loans disbursed on or before asOf: how many, and their principal per currency");
        d.put("loansDisbursedInPeriod", "Loans disbursed in [from, asOf]");
        d.put("loanOutstanding", "Principal disbursed minus principal repaid and written off, per currency");
        d.put("overdue", "The unpaid parts (principal, interest, fee) of instalments due before asOf");
        d.put("loansInArrears", "Loans with days in arrears above 0");
        d.put("par", "Keyed 1, 30, 60, 90, 180: the whole outstanding principal of loans more than that many"
                + " days in arrears, and its ratio to loanOutstanding");
        d.put("otr", "On-time recovery: of the instalments due in [from, asOf], the part paid by each one's"
                + " due date over the amount due");
        d.put("crr", "Cumulative recovery: of the instalments due on or before asOf, the part paid by asOf"
                + " over the amount due");
        d.put("classification", "Open loans by class of the classification policy in force on asOf");
        d.put("writtenOffInPeriod", "Principal written off in [from, asOf]");
        d.put("recoveriesInPeriod", "Money recovered on loans written off, in [from, asOf]");
        d.put("writeOffRatio",
                "writtenOffInPeriod over the mean of loanOutstanding at the end of from − 1 and at asOf");
        d.put("portfolioYield", "Interest and fees repaid in [from, asOf] over the same mean outstanding");
        ALL = Collections.unmodifiableMap(d);
    }

    private FigureDefinitions() {}
}
