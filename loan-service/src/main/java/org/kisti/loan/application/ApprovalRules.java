package org.kisti.loan.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.origination.LoanApplied;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.events.origination.LoanProductVersioned.CycleCap;
import org.kisti.platform.problem.FieldViolation;

/**
 * Whether an application may be approved on a date: every rule of the product version in force then, against what
 * this service knew of her on that date. Pure: the facts come in as {@link Seen}, and every rule that fails is named,
 * so an officer fixes the application once.
 */
public final class ApprovalRules {

    /**
     * What the approval saw. {@code memberStatus}: ACTIVE, LEAVING, EXITED, or null when she is not known here;
     * {@code product}: the version in force on the approval date, or null; {@code fund}: the fund named, or null.
     */
    public record Seen(LoanProductVersioned product, String memberStatus, int activeLoans, int cycle,
            int trainedWeeks, Integer trainedThreshold, BigDecimal savings, FundRegistered fund) {}

    private ApprovalRules() {}

    public static List<FieldViolation> judge(LoanApplied application, LocalDate approvedOn, Seen seen) {
        List<FieldViolation> broken = new ArrayList<>();
        if (approvedOn.isBefore(application.appliedOn())) {
            broken.add(new FieldViolation("approvedOn", "must not be before the application, "
                    + application.appliedOn()));
        }
        if (seen.memberStatus() == null) {
            broken.add(new FieldViolation("memberId", "is not a member of this organisation known to loan-service"));
        } else if (!"ACTIVE".equals(seen.memberStatus())) {
            broken.add(new FieldViolation("memberId", "is not an active member (" + seen.memberStatus() + ")"));
        }
        LoanProductVersioned product = seen.product();
        if (product == null) {
            broken.add(new FieldViolation("productId", "has no version in force on " + approvedOn));
            return broken;
        }
        BigDecimal amount = application.amount().amount();
        if (!product.currency().equals(application.amount().currency())) {
            broken.add(new FieldViolation("amount", "must be in the product's currency, " + product.currency()));
        }
        if (amount.compareTo(product.minAmount()) < 0 || amount.compareTo(product.maxAmount()) > 0) {
            broken.add(new FieldViolation("amount", amount.toPlainString() + " is outside the product's range "
                    + product.minAmount().toPlainString() + " to " + product.maxAmount().toPlainString()));
        }
        BigDecimal cap = capFor(product.cycleCaps(), seen.cycle());
        if (cap != null && amount.compareTo(cap) > 0) {
            broken.add(new FieldViolation("amount", amount.toPlainString() + " is above the cap for her loan cycle "
                    + seen.cycle() + ", " + cap.toPlainString()));
        }
        if (!product.installments().contains(application.installments())) {
            broken.add(new FieldViolation("installments", "must be one of " + product.installments()));
        }
        if (!product.purposes().contains(application.purpose())) {
            broken.add(new FieldViolation("purpose", "must be one of " + product.purposes()));
        }
        if (!product.funds().contains(application.fundId())) {
            broken.add(new FieldViolation("fundId", "is not one of the product's funds"));
        } else if (seen.fund() == null || !seen.fund().currency().equals(product.currency())) {
            broken.add(new FieldViolation("fundId", "is not a registered fund in " + product.currency()));
        }
        if (seen.activeLoans() >= product.maxActiveLoans()) {
            broken.add(new FieldViolation("memberId", "has " + seen.activeLoans() + " active loans; the product allows "
                    + product.maxActiveLoans()));
        }
        if (product.trainingRequired() && !trained(seen)) {
            broken.add(new FieldViolation("memberId", "has completed " + seen.trainedWeeks()
                    + " weeks of training; the product needs a trained member ("
                    + (seen.trainedThreshold() == null ? "any" : seen.trainedThreshold()) + " weeks)"));
        }
        BigDecimal required = savingsRequired(product, amount);
        if (seen.savings().compareTo(required) < 0) {
            broken.add(new FieldViolation("amount", "needs savings of " + required.toPlainString() + " ("
                    + product.savingsPercent().stripTrailingZeros().toPlainString() + " %); her savings on "
                    + approvedOn + " were " + seen.savings().toPlainString()));
        }
        if (application.firstRepaymentDate().isBefore(
                application.disbursementDate().plusDays(product.minDaysToFirstRepayment()))) {
            broken.add(new FieldViolation("firstRepaymentDate", "must be at least "
                    + product.minDaysToFirstRepayment() + " days after the disbursement"));
        }
        return broken;
    }

    /** Trained by the organisation's count of weeks when it has one, else by any completed training. */
    private static boolean trained(Seen seen) {
        return seen.trainedThreshold() == null ? seen.trainedWeeks() > 0
                : seen.trainedWeeks() >= seen.trainedThreshold();
    }

    /** The cap of her cycle: its own, or the last one for every later cycle; none when the product has none. */
    static BigDecimal capFor(List<CycleCap> caps, int cycle) {
        if (caps.isEmpty()) {
            return null;
        }
        return caps.get(Math.min(cycle, caps.size()) - 1).maxAmount();
    }

    /**
     * The savings a product requires for an amount: its percentage, rounded up to the paisa (never a paisa short).
     * Judged at approval, and held as a lien by savings-service while the loan is open.
     */
    public static BigDecimal savingsRequired(LoanProductVersioned product, BigDecimal amount) {
        return amount.multiply(product.savingsPercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.UP);
    }
}
