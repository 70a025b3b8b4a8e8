-- Leave and swap gaps (issue 17). Portable between H2 and PostgreSQL.

-- LV-5 with LV-6, LV-7: an emergency sick leave phoned in by someone else before the shift, after
-- the night or holiday deadline: accepted and marked for the approvers to confirm.
alter table leave_request add column phoned_in_exception boolean default false not null;
