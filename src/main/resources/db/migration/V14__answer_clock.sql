-- SL-1, issue 15: the customer's-answer clock escalates level by level, pauses while the centre
-- waits for the customer and stops when the customer is answered (the callback).
alter table ticket add column answer_level integer default 0 not null;
alter table ticket add column answer_paused_at timestamp with time zone;
alter table ticket add column answer_paused_seconds bigint default 0 not null;
alter table ticket add column answered_at timestamp with time zone;
