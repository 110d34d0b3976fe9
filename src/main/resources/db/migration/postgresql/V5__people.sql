-- The support network. Names, relations, ways to reach them and notes are sealed;
-- what they are good for and how safe they feel stay in the clear, so the safest person
-- for a need can be chosen.
CREATE TABLE person (
	id               TEXT    NOT NULL PRIMARY KEY,
	account_id       TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	type             TEXT    NOT NULL,
	name_sealed      BYTEA   NOT NULL,
	relation_sealed  BYTEA,
	channels_sealed  BYTEA,
	notes_sealed     BYTEA,
	good_for         TEXT    NOT NULL,
	safety           INTEGER NOT NULL,
	created_at       BIGINT  NOT NULL,
	updated_at       BIGINT  NOT NULL
);
CREATE INDEX person_account ON person (account_id);
