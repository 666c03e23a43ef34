-- The day she left (MemberExited): from then on she is no longer counted as an active member.
alter table member add column exit_date date;
