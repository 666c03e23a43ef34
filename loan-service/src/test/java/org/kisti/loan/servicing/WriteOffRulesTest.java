package org.kisti.loan.servicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kisti.loan.servicing.Loans.FIRST_DUE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kisti.events.Money;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.loan.schedule.allocation.Arrears;
import org.kisti.loan.servicing.WriteOffRules.ReceiveRecovery;
import org.kisti.loan.servicing.WriteOffRules.WriteOff;
import org.kisti.platform.problem.BusinessRuleViolation;

class WriteOffRulesTest {

    private static final LocalDate DAY_180 = FIRST_DUE.plusDays(180);
    private final Loans loan = Loans.kmssWeekly();

    @Test
    void aLoanAsFarInArrearsAsThePolicySaysIsWrittenOffForEverythingStillOwed() {
        loan.pay("p-1", "245.00", FIRST_DUE);
        LocalDate day = FIRST_DUE.plusWeeks(1).plusDays(180); // instalment 2 unpaid for 180 days

        LoanWrittenOff writtenOff = writeOff(day, 180);

        assertThat(writtenOff.daysInArrears()).isEqualTo(180);
        assertThat(writtenOff.principal()).isEqualTo(Money.of("9782.17", "BDT"));
        assertThat(writtenOff.principal().plus(writtenOff.interest()).plus(writtenOff.fee()).amount())
                .isEqualByComparingTo(loan.owed());
        loan.history.add(writtenOff);
        assertThat(loan.owed()).isEqualByComparingTo("0.00");
        assertThat(Arrears.asOf(loan.state().position(), day.plusDays(30)).daysInArrears()).isZero();
        assertThat(loan.state().status()).isEqualTo("WRITTEN_OFF");
    }

    @Test
    void aLoanShortOfThePolicysDaysOrUnderNoPolicyIsNotWrittenOff() {
        assertThatThrownBy(() -> writeOff(DAY_180.minusDays(1), 180)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("179 days in arrears");
        assertThatThrownBy(() -> writeOff(DAY_180, null)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("no write-off policy");
    }

    @Test
    void moneyOnAWrittenOffLoanIsARecoveryNeverARepaymentAndNeverMoreThanWasWrittenOff() {
        loan.history.add(writeOff(DAY_180, 180));

        assertThatThrownBy(() -> loan.pay("p-1", "245.00", DAY_180.plusDays(1)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("recovery");
        loan.history.add(WriteOffRules.recover(loan.state(), new ReceiveRecovery("org", "l-1", "r-1",
                Money.of("11000.00", "BDT"), DAY_180.plusDays(5))));
        assertThatThrownBy(() -> WriteOffRules.recover(loan.state(), new ReceiveRecovery("org", "l-1", "r-2",
                Money.of("250.01", "BDT"), DAY_180.plusDays(6)))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("250.00");
        assertThatThrownBy(() -> WriteOffRules.writeOff(loan.state(), new WriteOff("org", "l-1",
                DAY_180.plusDays(7), "again", "manager-7", 180))).isInstanceOf(BusinessRuleViolation.class);
    }

    private LoanWrittenOff writeOff(LocalDate day, Integer threshold) {
        return WriteOffRules.writeOff(loan.state(), new WriteOff("org", "l-1", day, "Classified bad", "manager-7",
                threshold));
    }
}
