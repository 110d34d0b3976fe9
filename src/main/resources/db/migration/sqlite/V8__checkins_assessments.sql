-- Check-ins, one per person and day: the day in the clear, the values and the note sealed.
CREATE TABLE checkin (
	id             TEXT    NOT NULL PRIMARY KEY,
	account_id     TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	day            TEXT    NOT NULL,
	values_sealed  BLOB    NOT NULL,
	note_sealed    BLOB,
	created_at     INTEGER NOT NULL,
	updated_at     INTEGER NOT NULL,
	UNIQUE (account_id, day)
);

-- Self-assessments: which instrument and when in the clear, the answers sealed.
CREATE TABLE assessment (
	id              TEXT    NOT NULL PRIMARY KEY,
	account_id      TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	instrument      TEXT    NOT NULL,
	answers_sealed  BLOB    NOT NULL,
	taken_at        INTEGER NOT NULL
);
CREATE INDEX assessment_account ON assessment (account_id, taken_at);
