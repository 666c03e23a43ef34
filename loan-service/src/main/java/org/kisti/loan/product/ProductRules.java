package org.kisti.loan.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kisti.events.Currencies;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.events.origination.LoanProductVersioned.CycleCap;
import org.kisti.loan.product.ProductCommands.VersionProduct;
import org.kisti.loan.schedule.ChargeCollection;
import org.kisti.loan.schedule.InstallmentRounding;
import org.kisti.loan.schedule.InterestMethod;
import org.kisti.loan.schedule.LoanTerms;
import org.kisti.loan.schedule.RateBasis;
import org.kisti.loan.schedule.RepaymentFrequency;
import org.kisti.loan.schedule.ScheduleCalculator;
import org.kisti.loan.schedule.ServiceCharge;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.platform.problem.ProblemException;

/**
 * Whether a product version makes sense and is lawful: its ranges the right way round, its schedule terms valid for
 * the schedule engine, and its highest disclosed effective annual rate, over every allowed amount and number of
 * instalments, within the organisation's cap. The rate is disclosed by the schedule engine itself, the one home of
 * money maths, so the product and the loans made from it can never disagree about it.
 */
public final class ProductRules {

    private ProductRules() {}

    static LoanProductVersioned version(LocalDate latestEffectiveFrom, VersionProduct command) {
        List<FieldViolation> broken = new ArrayList<>();
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            broken.add(new FieldViolation("effectiveFrom", "must not be before the latest version's, "
                    + latestEffectiveFrom + "; a product changes from a date on, never back in time"));
        }
        if (!Currencies.isAccepted(command.currency())) {
            broken.add(new FieldViolation("currency", Currencies.RULE));
        }
        if (command.minAmount().compareTo(command.maxAmount()) > 0) {
            broken.add(new FieldViolation("maxAmount", "must not be below minAmount"));
        }
        int previousCycle = 0;
        for (CycleCap cap : command.cycleCaps()) {
            if (cap.cycle() != previousCycle + 1) {
                broken.add(new FieldViolation("cycleCaps", "must name cycles 1, 2, 3... in order"));
                break;
            }
            previousCycle = cap.cycle();
        }
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken(broken);
        }
        BigDecimal highest = highestEffectiveAnnualRate(command);
        if (command.capSeen() != null && highest.compareTo(command.capSeen()) > 0) {
            throw ProblemException.rulesBroken(List.of(new FieldViolation("annualInterestRate",
                    "the highest effective annual rate disclosed, " + highest.toPlainString()
                            + " %, is above the organisation's cap of " + command.capSeen().toPlainString() + " %")));
        }
        return new LoanProductVersioned(command.orgId(), command.productId(), command.effectiveFrom(), command.name(),
                command.currency(), command.minAmount(), command.maxAmount(), command.installments(),
                command.frequency(), command.interestMethod(), command.rateBasis(), command.annualInterestRate(),
                command.serviceChargePercent(), command.minDaysToFirstRepayment(), command.savingsPercent(),
                command.trainingRequired(), command.maxActiveLoans(), command.cycleCaps(), command.funds(),
                command.purposes(), command.makerChecker(), command.rounding().unit(), command.rounding().mode().name(),
                highest, command.rebatePolicy(), command.holidayRule());
    }

    /** The highest rate over the smallest and largest amount at every allowed number of instalments. */
    static BigDecimal highestEffectiveAnnualRate(VersionProduct product) {
        BigDecimal highest = BigDecimal.ZERO;
        for (int installments : product.installments()) {
            for (BigDecimal amount : List.of(product.minAmount(), product.maxAmount())) {
                BigDecimal rate = ScheduleCalculator.calculate(terms(product, amount, installments))
                        .effectiveAnnualRate();
                highest = rate.compareTo(highest) > 0 ? rate : highest;
            }
        }
        return highest;
    }

    /** The terms of a loan of the product, disbursed on the version's first day, first repaid as early as allowed. */
    public static LoanTerms terms(VersionProduct product, BigDecimal amount, int installments) {
        LocalDate disbursed = product.effectiveFrom();
        return termsOn(product.currency(), product.interestMethod(), product.rateBasis(), product.annualInterestRate(),
                product.frequency(), product.serviceChargePercent(), product.rounding(), amount, installments,
                disbursed, disbursed.plusDays(Math.max(product.minDaysToFirstRepayment(), 1)));
    }

    public static LoanTerms termsOn(String currency, String interestMethod, String rateBasis, BigDecimal rate,
            String frequency, BigDecimal serviceChargePercent, InstallmentRounding rounding, BigDecimal amount,
            int installments, LocalDate disbursed, LocalDate firstRepayment) {
        BigDecimal charge = amount.multiply(serviceChargePercent).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
        return new LoanTerms(amount, currency, InterestMethod.valueOf(interestMethod), RateBasis.valueOf(rateBasis),
                rate, RepaymentFrequency.valueOf(frequency), installments, disbursed, firstRepayment, rounding,
                new ServiceCharge(charge, ChargeCollection.UPFRONT));
    }
}
