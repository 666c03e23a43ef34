-- Each loan's standing as spans of days (LoanStanding): what it owes, what is overdue and since when, what was due and
-- paid (in all, and by each due date) towards its instalments due so far, and the interest and fees it paid, each from
-- valid_from until the day before valid_until (null: open).
-- Derived from the loan's rows above whenever one of its facts arrives, so a report as of D reads one span per loan
-- (the one containing D) instead of every payment of every loan.
create table loan_standing (
    loan_id       varchar(64)    not null,
    valid_from    date           not null,
    valid_until   date,
    outstanding   numeric(19, 2) not null,
    overdue       numeric(19, 2) not null,
    oldest_unpaid date,
    recovery_due  numeric(19, 2) not null,
    recovery_paid numeric(19, 2) not null,
    on_time_paid  numeric(19, 2) not null,
    interest_paid numeric(19, 2) not null,
    valid         daterange generated always as (daterange(valid_from, valid_until)) stored,
    primary key (loan_id, valid_from)
);
-- The spans containing a day, with what a report sums from them: read from the index alone (an index-only scan), and
-- a spatial index keeps spans of similar days together, so the 100,000 spans of a day are a few thousand pages rather
-- than one page per loan across the table.
create index loan_standing_on_day on loan_standing using gist (valid)
    include (loan_id, outstanding, overdue, oldest_unpaid, recovery_due, recovery_paid, on_time_paid, interest_paid);

-- Loans whose standing is to be derived again (LoanStandings.drain): every loan projected before this version.
create table loan_standing_due (
    loan_id varchar(64) primary key
);
insert into loan_standing_due (loan_id) select loan_id from loan;

-- Loans whose on-time recovery of a period is not the difference of two days' standing: settled with a rebate (the
-- rebate, dated its day, reduces what earlier instalments had due) or rescheduled (two schedules). Few: their
-- instalments are read.
alter table loan add column rebated boolean not null default false;
update loan set rebated = true where loan_id in (select loan_id from loan_split where payment_id like 'rebate:%');

-- Each member's group row holds until her next one's day (null: still), so a report finds her group on a date with a
-- plain filter (AttributionRows keeps it with each enrolment and transfer).
alter table member_group add column valid_until date;
update member_group g set valid_until = (select min(n.valid_from) from member_group n
                                         where n.member_id = g.member_id and n.valid_from > g.valid_from);
