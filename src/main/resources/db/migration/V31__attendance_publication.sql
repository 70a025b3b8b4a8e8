-- The monthly attendance register as published to staff (attendance package, seed 001 考勤: 每月公布一次;
-- LV-2, LV-8, SW-6 counted in it). One row per month, its primary key the guard of "once": two nodes
-- or a restart publish a month once. Each person's line is kept as it was published (a snapshot, as
-- JSON), so a duty leader's later correction changes the live register but not what was published:
-- GET /api/attendance/published marks such a line as corrected since publication.
-- Portable between H2 and PostgreSQL.
--   register_month  yyyy-MM, the month the register is of
--   published_by    "system": the attendance-publication process's timer
--   line_json       the person's RegisterLine as published (each leave type, lateness, absence, away, overtime)
create table attendance_publication (
    register_month varchar(7)               not null primary key,
    published_at   timestamp with time zone not null,
    published_by   varchar(64)              not null,
    people         integer                  not null
);
create table attendance_published_line (
    register_month varchar(7)    not null,
    employee       varchar(64)   not null,
    line_json      varchar(4000) not null,
    constraint attendance_published_line_pk primary key (register_month, employee),
    constraint attendance_published_line_month_fk foreign key (register_month)
        references attendance_publication (register_month)
);
