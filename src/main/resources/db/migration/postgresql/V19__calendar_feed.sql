-- Each person's private calendar feed: the secret in its address, hashed for looking it
-- up when a calendar app fetches it, and sealed under the person's data key so that they
-- can read their address again. No row means the feed is off.
CREATE TABLE calendar_feed (
	account_id    TEXT    NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
	token_hash    TEXT    NOT NULL UNIQUE,
	token_sealed  BYTEA   NOT NULL,
	created_at    BIGINT  NOT NULL
);
