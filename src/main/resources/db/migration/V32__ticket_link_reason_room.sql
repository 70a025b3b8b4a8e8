-- A merge of two tickets with different callers' numbers keeps the manager's reason (at most 500
-- characters, TicketLinkRequest) and adds "（来电号码不同，已确认）": room for both (issue 16).
alter table ticket_link alter column reason set data type varchar(600);
