-- Which delivery (the mail-delivery process instance) claimed a message, and when by the wall
-- clock: the same delivery's job, run again after its node stopped mid-send and its lock expired,
-- takes the message over; another delivery of the same message leaves it alone.
alter table mail_outbox add column claimed_by varchar(64);
alter table mail_outbox add column claimed_at timestamp with time zone;
