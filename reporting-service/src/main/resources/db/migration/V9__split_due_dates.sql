-- What lets the report sum a loan that was never rescheduled in flat passes (PortfolioSql.ARREARS, RECOVERY) rather
-- than joining every split to its instalment: each split's instalment due date (a loan with one schedule has one date
-- per instalment), and whether the loan was ever rescheduled (then the schedule in force on the report date decides,
-- the slower way).
alter table loan_split add column due_date date;
alter table loan add column rescheduled boolean not null default false;

update loan set rescheduled = true
where loan_id in (select loan_id from loan_installment group by loan_id having count(distinct version_from) > 1);
update loan_split s set due_date = (select i.due_date from loan_installment i
                                    where i.loan_id = s.loan_id and i.number = s.number
                                    order by i.version_from desc limit 1);
