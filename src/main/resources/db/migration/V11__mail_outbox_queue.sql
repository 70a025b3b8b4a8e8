-- Issue 12: e-mail leaves the complaint's scope. The step that decides a message writes it here
-- composed, in its own (the step's) transaction, as PENDING; a mail-delivery process instance
-- sends it (notification.DeliverMail). status: PENDING, SENDING, SENT, FAILED.
alter table mail_outbox add column body_text varchar(20000);
alter table mail_outbox add column body_html varchar(40000);
create index mail_outbox_key_idx on mail_outbox (ticket_no, order_key, event);
