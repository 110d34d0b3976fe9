-- Check-ins, one per person and day: the day in the clear, the values and the note sealed.
CREATE TABLE checkin (
	id             TEXT    NOT NULL PRIMARY KEY,
	account_id     TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	day            TEXT    NOT NULL,
	values_sealed  BYTEA   NOT NULL,
	note_sealed    BYTEA,
	created_at     BIGINT  NOT NULL,
	updated_at     BIGINT  NOT NULL,
	UNIQUE (account_id, day)
);

-- Self-assessments: which instrument and when in the clear, the answers sealed.
CREATE TABLE assessment (
	id              TEXT    NOT NULL PRIMARY KEY,
	account_id      TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	instrument      TEXT    NOT NULL,
	answers_sealed  BYTEA   NOT NULL,
	taken_at        BIGINT  NOT NULL
);
CREATE INDEX assessment_account ON assessment (account_id, taken_at);
