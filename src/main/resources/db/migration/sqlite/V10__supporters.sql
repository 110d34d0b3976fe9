-- Supporters. An invitation carries the link key wrapped under the inviting person's data
-- key and under its token (which only the link holds); the token itself is stored hashed.
CREATE TABLE invitation (
	id             TEXT    NOT NULL PRIMARY KEY,
	account_id     TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	token_hash     TEXT    NOT NULL UNIQUE,
	scopes         TEXT    NOT NULL,
	person_id      TEXT    REFERENCES person (id) ON DELETE CASCADE,
	key_for_owner  BLOB    NOT NULL,
	key_for_token  BLOB    NOT NULL,
	created_at     INTEGER NOT NULL,
	expires_at     INTEGER NOT NULL,
	used_at        INTEGER,
	revoked_at     INTEGER
);
CREATE INDEX invitation_account ON invitation (account_id);

-- A person and one of their supporters, with the scopes shared and the link key wrapped
-- for each side.
CREATE TABLE supporter_link (
	id                    TEXT    NOT NULL PRIMARY KEY,
	account_id            TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	supporter_account_id  TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	person_id             TEXT    REFERENCES person (id) ON DELETE SET NULL,
	scopes                TEXT    NOT NULL,
	key_for_owner         BLOB    NOT NULL,
	key_for_supporter     BLOB    NOT NULL,
	checkin_day           INTEGER,
	reminded_on           TEXT,
	created_at            INTEGER NOT NULL,
	UNIQUE (account_id, supporter_account_id)
);
CREATE INDEX supporter_link_supporter ON supporter_link (supporter_account_id);

-- Copies made for one link (a status, the plan, an ask, an offer), sealed under its key.
CREATE TABLE shared_item (
	link_id         TEXT    NOT NULL REFERENCES supporter_link (id) ON DELETE CASCADE,
	kind            TEXT    NOT NULL,
	item_id         TEXT    NOT NULL,
	state           TEXT,
	content_sealed  BLOB    NOT NULL,
	answer_sealed   BLOB,
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL,
	PRIMARY KEY (link_id, kind, item_id)
);

-- The coarse status the person shares, sealed.
CREATE TABLE person_status (
	account_id     TEXT    NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
	status_sealed  BLOB    NOT NULL,
	updated_at     INTEGER NOT NULL
);
