-- Each account's data key, stored only wrapped: once per way to unlock it
-- (kind 'password' or 'recovery' with ref '', kind 'token' with the token's id as ref).
CREATE TABLE data_key (
	account_id TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	kind       TEXT    NOT NULL,
	ref        TEXT    NOT NULL,
	kdf        TEXT    NOT NULL,
	salt       BYTEA   NOT NULL,
	wrapped    BYTEA   NOT NULL,
	created_at BIGINT  NOT NULL,
	PRIMARY KEY (account_id, kind, ref)
);
