-- Where e-mail reaches people, a sign-up waits until its address is confirmed
-- (firststep.accounts.confirm-sign-up). An account without confirmed_at cannot sign in,
-- and the next sign-up with its address replaces it. Every account made before was made
-- without that step and counts as confirmed from the start.
ALTER TABLE account ADD COLUMN confirmed_at BIGINT;
UPDATE account SET confirmed_at = created_at;

-- The link of the confirmation e-mail, stored hashed; it works for 24 hours.
CREATE TABLE sign_up_confirmation (
	token_hash TEXT    NOT NULL PRIMARY KEY,
	account_id TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	expires_at BIGINT  NOT NULL
);
CREATE INDEX sign_up_confirmation_account ON sign_up_confirmation (account_id);
