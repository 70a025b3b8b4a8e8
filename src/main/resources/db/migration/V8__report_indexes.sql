-- The reports of CP-8 / SL-6 (reporting package) read one period at a time, each query bounded
-- by one time column; without these indexes each report would scan the whole table.
--   department_order: dispatched (opened_at), answered or sent back (answered_at), due (resolve_deadline;
--                     department_order_open_idx leads with outcome, so it cannot serve a range alone)
--   ticket_trail:     the callbacks of a period (step = 'callback', occurred_at)
-- ticket.created_at has ticket_created_idx (V1); joins by ticket_no use department_order_once.
create index department_order_opened_idx on department_order (opened_at);
create index department_order_answered_idx on department_order (answered_at);
create index department_order_deadline_idx on department_order (resolve_deadline);
create index ticket_trail_step_idx on ticket_trail (step, occurred_at);
