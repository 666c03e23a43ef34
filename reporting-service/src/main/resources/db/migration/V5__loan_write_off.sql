-- A loan written off (LoanWrittenOff) leaves the outstanding portfolio from its date: its principal then still owed
-- is kept on the loan's row, and subtracted from outstanding as of any date on or after it.
alter table loan add column written_off_on date;
alter table loan add column principal_written_off numeric(19, 2);
