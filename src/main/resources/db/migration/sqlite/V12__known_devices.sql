-- Browsers that have signed in to an account before, so that guesses at its password from
-- elsewhere never lock its owner out. Both keys are hashes: of the e-mail address and of
-- the random token in the browser's cookie.
CREATE TABLE known_device (
	account_key TEXT    NOT NULL,
	device_key  TEXT    NOT NULL,
	seen_at     INTEGER NOT NULL,
	PRIMARY KEY (account_key, device_key)
);
CREATE INDEX known_device_seen ON known_device (seen_at);
