-- Each split's instalment due date (V9) was for summing arrears and recovery rates from splits on every report; the
-- report now reads each loan's standing (V10), derived from the schedule itself, so nothing reads it any more and the
-- projection stops looking it up for every split it writes.
alter table loan_split drop column due_date;
