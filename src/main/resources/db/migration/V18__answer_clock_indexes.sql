-- SL-1 / SL-6, issue 15: the customer's-answer clock in the reports and on the SLA board.
--   ticket_answer_deadline_idx: the reports' 客户答复超时, the clocks whose deadline fell in a period
--                               (complaint.PeriodRecords#answersDue)
--   ticket_answer_open_idx:     the SLA board's late answers, the open tickets (closed_at and
--                               answered_at null) whose deadline has passed (complaint.AnswerClocks#late)
-- The per-person figures read ticket_trail by (step, occurred_at): ticket_trail_step_idx (V8).
create index ticket_answer_deadline_idx on ticket (answer_deadline);
create index ticket_answer_open_idx on ticket (closed_at, answered_at, answer_deadline);
