-- CP-6: a receipt has its result (receipt), cause and measures apart.
alter table department_order add column receipt_cause varchar(2000);
alter table department_order add column receipt_measures varchar(2000);
-- CP-7: whether the problem is solved, asked apart from whether the customer is satisfied (the last callback that reached them).
alter table ticket add column problem_solved boolean;
