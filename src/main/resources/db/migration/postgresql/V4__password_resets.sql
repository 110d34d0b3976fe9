-- One-time links for starting afresh without password or recovery code. Stored hashed.
CREATE TABLE password_reset (
	token_hash TEXT    NOT NULL PRIMARY KEY,
	account_id TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	expires_at BIGINT  NOT NULL
);
CREATE INDEX password_reset_account ON password_reset (account_id);
