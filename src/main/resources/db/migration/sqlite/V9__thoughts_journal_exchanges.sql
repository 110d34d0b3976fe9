-- Thought records: everything written sealed as one value; the ask it is about in the clear.
CREATE TABLE thought_record (
	id              TEXT    NOT NULL PRIMARY KEY,
	account_id      TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	ask_id          TEXT    REFERENCES ask (id) ON DELETE SET NULL,
	content_sealed  BLOB    NOT NULL,
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL
);
CREATE INDEX thought_record_account ON thought_record (account_id, created_at);

-- The journal: text and mood sealed.
CREATE TABLE journal_entry (
	id            TEXT    NOT NULL PRIMARY KEY,
	account_id    TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	text_sealed   BLOB    NOT NULL,
	mood_sealed   BLOB,
	created_at    INTEGER NOT NULL,
	updated_at    INTEGER NOT NULL
);
CREATE INDEX journal_entry_account ON journal_entry (account_id, created_at);

-- Give and take: who, which way and when in the clear, what was given or received sealed.
CREATE TABLE exchange (
	id           TEXT    NOT NULL PRIMARY KEY,
	account_id   TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	person_id    TEXT    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
	direction    TEXT    NOT NULL,
	day          TEXT    NOT NULL,
	what_sealed  BLOB    NOT NULL,
	created_at   INTEGER NOT NULL
);
CREATE INDEX exchange_account ON exchange (account_id, day);
