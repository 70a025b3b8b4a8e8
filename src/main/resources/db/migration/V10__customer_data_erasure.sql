-- CP-14: a closed ticket's customer name and phone are erased a configured time after it closed
-- (complaint.customer-data-retention, default 180 days); the ticket, its trail and its figures stay.
alter table ticket alter column customer_name drop not null;
alter table ticket alter column customer_phone drop not null;
alter table ticket add column customer_data_erased_at timestamp with time zone;
create index ticket_erasure_idx on ticket (closed_at, customer_data_erased_at);
