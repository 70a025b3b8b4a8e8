-- The time limits of SL-1 to SL-5 on the application's tables: what GET /api/complaints shows
-- and reports count. The engine's timers act on the same deadlines.

-- SL-1: the customer's answer, from intake; breached and escalation level for searches.
alter table ticket add column answer_deadline timestamp with time zone;
alter table ticket add column breached boolean default false not null;
alter table ticket add column escalation_level integer default 0 not null;

-- Each order's two clocks (acknowledge = the department claims it; resolve = it answers),
-- the reminder point (SL-4), pauses while waiting for the customer (SL-5), escalation (SL-3).
alter table department_order add column acknowledge_deadline timestamp with time zone;
alter table department_order add column acknowledged_at timestamp with time zone;
alter table department_order add column acknowledged_by varchar(64);
alter table department_order add column reminder_at timestamp with time zone;
alter table department_order add column resolve_deadline timestamp with time zone;
alter table department_order add column paused_at timestamp with time zone;
alter table department_order add column paused_seconds bigint default 0 not null;
alter table department_order add column escalation_level integer default 0 not null;
create index department_order_open_idx on department_order (outcome, resolve_deadline);
