-- The home page reads, for one person, the soonest send-by of an open ask and which
-- sizes went well. This index covers those columns, so the read never visits the
-- table's rows (which carry the sealed text).
CREATE INDEX ask_glance ON ask (account_id, status, outcome, size, send_by);
