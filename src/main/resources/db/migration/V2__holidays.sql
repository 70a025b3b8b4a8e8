-- The public-holiday calendar (SL-5; LV-7 and SW-8 use its break days). Portable between H2
-- and PostgreSQL. The schedule of a year is published each November; administrators enter
-- it over POST /api/holidays. Days not listed follow the week: Saturday and Sunday off.
-- The column is calendar_day, not day: DAY is a reserved word in H2.
create table holiday (
    calendar_day date        not null primary key,
    -- BREAK_DAY (放假): no working time; MAKEUP_WORKDAY (调休上班): a weekend day that is worked.
    kind         varchar(20) not null,
    -- 法定节假日: a subset of the break days (13 a year since 2025).
    statutory    boolean     not null default false,
    -- The holiday the day belongs to, in Chinese (春节); a make-up day names the holiday it repays.
    name         varchar(50) not null,
    constraint holiday_kind_check check (kind in ('BREAK_DAY', 'MAKEUP_WORKDAY')),
    constraint holiday_statutory_break_check check (kind = 'BREAK_DAY' or statutory = false)
);

-- 2026, official: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
insert into holiday (calendar_day, kind, statutory, name) values
    (DATE '2026-01-01', 'BREAK_DAY', true,  '元旦'),
    (DATE '2026-01-02', 'BREAK_DAY', false, '元旦'),
    (DATE '2026-01-03', 'BREAK_DAY', false, '元旦'),
    (DATE '2026-01-04', 'MAKEUP_WORKDAY', false, '元旦'),
    (DATE '2026-02-14', 'MAKEUP_WORKDAY', false, '春节'),
    (DATE '2026-02-15', 'BREAK_DAY', false, '春节'),
    (DATE '2026-02-16', 'BREAK_DAY', true,  '春节'),
    (DATE '2026-02-17', 'BREAK_DAY', true,  '春节'),
    (DATE '2026-02-18', 'BREAK_DAY', true,  '春节'),
    (DATE '2026-02-19', 'BREAK_DAY', true,  '春节'),
    (DATE '2026-02-20', 'BREAK_DAY', false, '春节'),
    (DATE '2026-02-21', 'BREAK_DAY', false, '春节'),
    (DATE '2026-02-22', 'BREAK_DAY', false, '春节'),
    (DATE '2026-02-23', 'BREAK_DAY', false, '春节'),
    (DATE '2026-02-28', 'MAKEUP_WORKDAY', false, '春节'),
    (DATE '2026-04-04', 'BREAK_DAY', false, '清明节'),
    (DATE '2026-04-05', 'BREAK_DAY', true,  '清明节'),
    (DATE '2026-04-06', 'BREAK_DAY', false, '清明节'),
    (DATE '2026-05-01', 'BREAK_DAY', true,  '劳动节'),
    (DATE '2026-05-02', 'BREAK_DAY', true,  '劳动节'),
    (DATE '2026-05-03', 'BREAK_DAY', false, '劳动节'),
    (DATE '2026-05-04', 'BREAK_DAY', false, '劳动节'),
    (DATE '2026-05-05', 'BREAK_DAY', false, '劳动节'),
    (DATE '2026-05-09', 'MAKEUP_WORKDAY', false, '劳动节'),
    (DATE '2026-06-19', 'BREAK_DAY', true,  '端午节'),
    (DATE '2026-06-20', 'BREAK_DAY', false, '端午节'),
    (DATE '2026-06-21', 'BREAK_DAY', false, '端午节'),
    (DATE '2026-09-20', 'MAKEUP_WORKDAY', false, '国庆节'),
    (DATE '2026-09-25', 'BREAK_DAY', true,  '中秋节'),
    (DATE '2026-09-26', 'BREAK_DAY', false, '中秋节'),
    (DATE '2026-09-27', 'BREAK_DAY', false, '中秋节'),
    (DATE '2026-10-01', 'BREAK_DAY', true,  '国庆节'),
    (DATE '2026-10-02', 'BREAK_DAY', true,  '国庆节'),
    (DATE '2026-10-03', 'BREAK_DAY', true,  '国庆节'),
    (DATE '2026-10-04', 'BREAK_DAY', false, '国庆节'),
    (DATE '2026-10-05', 'BREAK_DAY', false, '国庆节'),
    (DATE '2026-10-06', 'BREAK_DAY', false, '国庆节'),
    (DATE '2026-10-07', 'BREAK_DAY', false, '国庆节'),
    (DATE '2026-10-10', 'MAKEUP_WORKDAY', false, '国庆节');

-- 2027: the statutory days only (fixed dates, and the lunar ones computed); the other break
-- days and the make-up working days come with the official notice, entered by an administrator.
insert into holiday (calendar_day, kind, statutory, name) values
    (DATE '2027-01-01', 'BREAK_DAY', true, '元旦'),
    (DATE '2027-02-05', 'BREAK_DAY', true, '春节'),
    (DATE '2027-02-06', 'BREAK_DAY', true, '春节'),
    (DATE '2027-02-07', 'BREAK_DAY', true, '春节'),
    (DATE '2027-02-08', 'BREAK_DAY', true, '春节'),
    (DATE '2027-04-05', 'BREAK_DAY', true, '清明节'),
    (DATE '2027-05-01', 'BREAK_DAY', true, '劳动节'),
    (DATE '2027-05-02', 'BREAK_DAY', true, '劳动节'),
    (DATE '2027-06-09', 'BREAK_DAY', true, '端午节'),
    (DATE '2027-09-15', 'BREAK_DAY', true, '中秋节'),
    (DATE '2027-10-01', 'BREAK_DAY', true, '国庆节'),
    (DATE '2027-10-02', 'BREAK_DAY', true, '国庆节'),
    (DATE '2027-10-03', 'BREAK_DAY', true, '国庆节');
