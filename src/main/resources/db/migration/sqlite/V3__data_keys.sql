-- Each account's data key, stored only wrapped: once per way to unlock it
-- (kind 'password' or 'recovery' with ref '', kind 'token' with the token's id as ref).
CREATE TABLE data_key (
	account_id TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	kind       TEXT    NOT NULL,
	ref        TEXT    NOT NULL,
	kdf        TEXT    NOT NULL,
	salt       BLOB    NOT NULL,
	wrapped    BLOB    NOT NULL,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (account_id, kind, ref)
);
