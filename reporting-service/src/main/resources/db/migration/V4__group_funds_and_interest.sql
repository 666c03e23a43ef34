-- A savings account may be a group's fund (SavingsAccountOpened v3): no member, a group. Savings outstanding counts
-- it like any account; interest postings join savings_movement as their own kind.
alter table savings_account alter column member_id drop not null;
alter table savings_account add column group_id varchar(64);
