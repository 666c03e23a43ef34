package org.kisti.loan.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import org.kisti.events.BusinessWindow;
import org.kisti.events.Currencies;
import org.kisti.events.Money;

/** Checks the rules that can be judged from the terms alone, naming the JSON field that breaks one. */
final class LoanTermsValidator {

    static final int MAX_INSTALLMENTS = 520;
    /** A percentage per year or per loan; far above any lawful microfinance rate (Bangladesh caps at 27 %). */
    static final BigDecimal MAX_RATE = new BigDecimal("100");
    static final int MAX_RATE_DECIMALS = 4;

    private static final Set<BigDecimal> ROUNDING_UNITS =
            Set.of(new BigDecimal("0.01"), new BigDecimal("1.00"), new BigDecimal("5.00"), new BigDecimal("10.00"));
    private static final Set<RoundingMode> ROUNDING_MODES =
            Set.of(RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN);

    private LoanTermsValidator() {
    }

    static void validate(LoanTerms terms) {
        if (terms == null) {
            throw new InvalidLoanTermsException("terms", "loan terms are required");
        }
        validateAmount("principal", terms.principal());
        if (terms.principal().signum() <= 0) {
            throw new InvalidLoanTermsException("principal", "must be greater than 0");
        }
        if (terms.principal().compareTo(Money.MAX_AMOUNT) > 0) {
            throw new InvalidLoanTermsException("principal", "must be at most " + Money.MAX_AMOUNT.toPlainString());
        }
        validateCurrency(terms.currency());
        validateInterest(terms);
        if (terms.repaymentFrequency() == null) {
            throw new InvalidLoanTermsException("repaymentFrequency", "is required (WEEKLY, FORTNIGHTLY or MONTHLY)");
        }
        if (terms.numberOfInstallments() < 1) {
            throw new InvalidLoanTermsException("numberOfInstallments", "must be at least 1");
        }
        if (terms.numberOfInstallments() > MAX_INSTALLMENTS) {
            // Ten years of weekly meetings; a bound keeps one request from building an unbounded schedule.
            throw new InvalidLoanTermsException("numberOfInstallments", "must be at most " + MAX_INSTALLMENTS);
        }
        validateDates(terms);
        LocalDate lastDue = terms.repaymentFrequency().dueDate(terms.firstRepaymentDate(), terms.numberOfInstallments() - 1);
        if (!BusinessWindow.contains(lastDue)) {
            throw new InvalidLoanTermsException("numberOfInstallments",
                    "puts the last instalment after " + BusinessWindow.LAST_DAY + ", the end of the business window");
        }
        validateRounding(terms.installmentRounding());
        validateServiceCharge(terms);
    }

    private static void validateAmount(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidLoanTermsException(field, "is required");
        }
        if (!Amounts.hasAtMostTwoDecimals(amount)) {
            throw new InvalidLoanTermsException(field, "must have at most 2 decimal places");
        }
    }

    private static void validateCurrency(String code) {
        if (code == null) {
            throw new InvalidLoanTermsException("currency", "is required (an ISO 4217 code such as BDT)");
        }
        if (!Currencies.isAccepted(code)) {
            // Every schedule amount is at 2 places; a yen or dinar schedule would need other rounding rules.
            throw new InvalidLoanTermsException("currency", Currencies.RULE);
        }
    }

    private static void validateInterest(LoanTerms terms) {
        InterestMethod method = terms.interestMethod();
        if (method == null) {
            throw new InvalidLoanTermsException("interestMethod",
                    "is required (FLAT, DECLINING_EQUAL_INSTALLMENT, DECLINING_EQUAL_PRINCIPAL or INTEREST_FREE)");
        }
        BigDecimal rate = terms.annualInterestRate();
        if (method == InterestMethod.INTEREST_FREE) {
            if (rate != null && rate.signum() != 0) {
                throw new InvalidLoanTermsException("annualInterestRate", "must be absent or 0 for an INTEREST_FREE loan");
            }
            return;
        }
        if (rate == null) {
            throw new InvalidLoanTermsException("annualInterestRate", "is required for a " + method + " loan");
        }
        if (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0 || rate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
            throw new InvalidLoanTermsException("annualInterestRate",
                    "must be a percentage from 0 to " + MAX_RATE + " with at most " + MAX_RATE_DECIMALS + " decimal places");
        }
        // A rate per loan term says nothing about how long each period's balance is outstanding.
        if (method.isDeclining() && terms.rateBasis() == RateBasis.PER_LOAN) {
            throw new InvalidLoanTermsException("rateBasis",
                    "PER_LOAN is only meaningful for FLAT interest; declining-balance rates are PER_YEAR");
        }
    }

    private static void validateDates(LoanTerms terms) {
        if (terms.disbursementDate() == null) {
            throw new InvalidLoanTermsException("disbursementDate", "is required");
        }
        if (terms.firstRepaymentDate() == null) {
            throw new InvalidLoanTermsException("firstRepaymentDate", "is required");
        }
        if (!BusinessWindow.contains(terms.disbursementDate())) {
            throw new InvalidLoanTermsException("disbursementDate", BusinessWindow.RULE);
        }
        if (!BusinessWindow.contains(terms.firstRepaymentDate())) {
            throw new InvalidLoanTermsException("firstRepaymentDate", BusinessWindow.RULE);
        }
        if (!terms.firstRepaymentDate().isAfter(terms.disbursementDate())) {
            throw new InvalidLoanTermsException("firstRepaymentDate", "must be after the disbursement date");
        }
    }

    private static void validateRounding(InstallmentRounding rounding) {
        if (ROUNDING_UNITS.stream().noneMatch(u -> u.compareTo(rounding.unit()) == 0)) {
            throw new InvalidLoanTermsException("installmentRounding.unit",
                    "must be 0.01, 1, 5 or 10");
        }
        if (!ROUNDING_MODES.contains(rounding.mode())) {
            throw new InvalidLoanTermsException("installmentRounding.mode",
                    "must be HALF_UP, UP or DOWN, was " + rounding.mode());
        }
    }

    private static void validateServiceCharge(LoanTerms terms) {
        ServiceCharge charge = terms.serviceCharge();
        validateAmount("serviceCharge.amount", charge.amount());
        if (charge.amount().signum() < 0 || charge.amount().compareTo(Money.MAX_AMOUNT) > 0) {
            throw new InvalidLoanTermsException("serviceCharge.amount",
                    "must be from 0 to " + Money.MAX_AMOUNT.toPlainString());
        }
        if (charge.collection() == null) {
            throw new InvalidLoanTermsException("serviceCharge.collection", "is required (UPFRONT or SPREAD)");
        }
        // Otherwise nothing (or less) reaches the borrower and no effective rate exists.
        if (charge.collection() == ChargeCollection.UPFRONT && charge.amount().compareTo(terms.principal()) >= 0) {
            throw new InvalidLoanTermsException("serviceCharge.amount",
                    "an UPFRONT charge must be less than the principal");
        }
    }
}
