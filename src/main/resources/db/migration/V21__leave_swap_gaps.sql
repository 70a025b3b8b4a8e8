-- Leave and swap gaps (issue 17). Portable between H2 and PostgreSQL.

-- LV-5 with LV-6, LV-7: an emergency sick leave phoned in by someone else before the shift, after
-- the night or holiday deadline: accepted and marked for the approvers to confirm.
alter table leave_request add column phoned_in_exception boolean default false not null;

-- SW-11: one-way cover (代班) is a kind of swap request through the same process and record:
-- the requester's shift goes to the colleague, who gives none back (no colleague_shift).
alter table shift_swap add column kind varchar(5) default 'SWAP' not null;
alter table shift_swap alter column colleague_shift drop not null;
alter table shift_swap alter column colleague_shift_date drop not null;
alter table shift_swap alter column colleague_shift_type drop not null;
alter table shift_swap add constraint shift_swap_kind_check check (
    (kind = 'SWAP' and colleague_shift is not null and colleague_shift_date is not null
        and colleague_shift_type is not null)
    or (kind = 'COVER' and colleague_shift is null and colleague_shift_date is null and colleague_shift_type is null));
