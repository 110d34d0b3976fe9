-- Reminders waiting to go out, one row each: the schedule lives here, so it survives a
-- restart and is shared by every instance. An instance claims due rows inside one
-- transaction (FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite's single writer elsewhere),
-- writes the in-app notification and queues the e-mail, and deletes the row or moves it
-- to its next time, so each is delivered once. The row holds nothing private: the kind,
-- what it is about (an id), and times.
CREATE TABLE reminder (
	id            TEXT    NOT NULL PRIMARY KEY,
	account_id    TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	kind          TEXT    NOT NULL,
	subject_id    TEXT    NOT NULL,
	due_at        BIGINT  NOT NULL,
	planned_at    BIGINT  NOT NULL,
	useful_until  BIGINT  NOT NULL,
	link          TEXT    NOT NULL,
	UNIQUE (account_id, kind, subject_id)
);
CREATE INDEX reminder_due ON reminder (due_at);

-- The in-app list: what was delivered, by kind and link, never any private text.
CREATE TABLE notification (
	id            TEXT    NOT NULL PRIMARY KEY,
	account_id    TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	kind          TEXT    NOT NULL,
	link          TEXT    NOT NULL,
	planned_at    BIGINT  NOT NULL,
	created_at    BIGINT  NOT NULL,
	read_at       BIGINT
);
CREATE INDEX notification_list ON notification (account_id, created_at);
CREATE INDEX notification_unread ON notification (account_id) WHERE read_at IS NULL;

-- What each person chose: each kind on or off (1 or 0; no row means the defaults), the
-- daily check-in's time, e-mail on or off, quiet hours as minutes of the day, a pause,
-- and the key in their e-mails' one-click unsubscribe links (it can only switch reminders off).
CREATE TABLE reminder_settings (
	account_id          TEXT    NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
	ask_deadlines       INTEGER NOT NULL,
	ask_follow_up       INTEGER NOT NULL,
	checkin             INTEGER NOT NULL,
	checkin_time        TEXT    NOT NULL,
	assessment          INTEGER NOT NULL,
	appointments        INTEGER NOT NULL,
	supporter_asks      INTEGER NOT NULL,
	supporter_checkin   INTEGER NOT NULL,
	supporter_news      INTEGER NOT NULL,
	email               INTEGER NOT NULL,
	quiet_from          INTEGER NOT NULL,
	quiet_to            INTEGER NOT NULL,
	paused_until        BIGINT,
	unsubscribe_key     TEXT    NOT NULL UNIQUE,
	updated_at          BIGINT  NOT NULL
);

-- An e-mail's one-click unsubscribe address (RFC 8058), when it has one.
ALTER TABLE mail_queue ADD COLUMN unsubscribe TEXT;
