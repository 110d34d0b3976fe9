-- The first answer to a POST sent with an Idempotency-Key, kept 24 hours so that a retry
-- gets that answer instead of storing the same thing twice. The row is written in the
-- same transaction as whatever the POST stored. The key is kept as its SHA-256, the
-- request as a SHA-256 of method, path and body (to tell a different request with the
-- same key); the answer's headers and body are sealed under the account's data key.
CREATE TABLE idempotency_key (
	account_id    TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	key_hash      TEXT    NOT NULL,
	request_hash  TEXT    NOT NULL,
	status        INTEGER,
	reply_sealed  BYTEA,
	created_at    BIGINT  NOT NULL,
	PRIMARY KEY (account_id, key_hash)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
