-- Asks: one request to one person or service for one need. The message, the
-- predictions and how it felt are sealed; need, size, status, outcome and times
-- are structure and stay in the clear.
CREATE TABLE ask (
	id                        TEXT    NOT NULL PRIMARY KEY,
	account_id                TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	person_id                 TEXT    REFERENCES person (id) ON DELETE SET NULL,
	need                      TEXT    NOT NULL,
	size                      TEXT    NOT NULL,
	message_sealed            BYTEA,
	channel                   TEXT,
	predicted_yes_sealed      BYTEA,
	dread_sealed              BYTEA,
	send_by                   BIGINT ,
	accountability_person_id  TEXT    REFERENCES person (id) ON DELETE SET NULL,
	backup_person_id          TEXT    REFERENCES person (id) ON DELETE SET NULL,
	status                    TEXT    NOT NULL,
	outcome                   TEXT,
	feeling_after_sealed      BYTEA,
	outcome_note_sealed       BYTEA,
	sent_at                   BIGINT ,
	answered_at               BIGINT ,
	created_at                BIGINT  NOT NULL,
	updated_at                BIGINT  NOT NULL
);
CREATE INDEX ask_account ON ask (account_id, created_at);
