-- The organisation's weekly days off by date (WeeklyDaysOffSet, CalendarView): a due date moved off a holiday to the
-- next working day skips them. Comma-separated day names, e.g. FRIDAY.
create table weekly_day_off (
    org_id        varchar(64)  not null,
    from_date     date         not null,
    days          varchar(80)  not null,
    seen_event_id varchar(255) not null,
    primary key (org_id, from_date, seen_event_id)
);
