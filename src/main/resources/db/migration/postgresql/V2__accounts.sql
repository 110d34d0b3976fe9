-- Accounts, API tokens and sign-in throttling. Instants are epoch milliseconds.
CREATE TABLE account (
	id            TEXT    NOT NULL PRIMARY KEY,
	email         TEXT    NOT NULL UNIQUE,
	password_hash TEXT    NOT NULL,
	display_name  TEXT,
	locale        TEXT    NOT NULL,
	time_zone     TEXT    NOT NULL,
	country       TEXT,
	created_at    BIGINT  NOT NULL
);

CREATE TABLE api_token (
	id           TEXT    NOT NULL PRIMARY KEY,
	account_id   TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	token_hash   TEXT    NOT NULL UNIQUE,
	name         TEXT,
	created_at   BIGINT  NOT NULL,
	expires_at   BIGINT  NOT NULL,
	last_used_at BIGINT 
);
CREATE INDEX api_token_account ON api_token (account_id);

-- One row per failed sign-in; the key is a hash of the e-mail address or the client address.
CREATE TABLE sign_in_failure (
	throttle_key TEXT    NOT NULL,
	failed_at    BIGINT  NOT NULL
);
CREATE INDEX sign_in_failure_key ON sign_in_failure (throttle_key, failed_at);
