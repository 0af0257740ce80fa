-- The studio's trends read refused facts and misfires week by week across every production. Without this index
-- that read scans the whole ledger (a million entries on a busy installation); with it, only the refusals of the
-- weeks drawn. The ledger only inserts, so the index costs one more entry per fact and nothing else.
CREATE INDEX ledger_entry_by_kind ON ledger_entry (kind, occurred_at);
