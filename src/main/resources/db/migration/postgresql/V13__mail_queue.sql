-- E-mails on their way out. A row is written in the transaction of the change that
-- causes the mail, sent after that transaction commits, and deleted as soon as the SMTP
-- server (or the outbox folder) has it. A row is due once not_before has passed; an
-- instance claims it by moving not_before past the time a send can take, so two
-- instances never send it at once. A failed send moves not_before further each time;
-- after expires_at what the mail links to no longer works, and the row is dropped.
CREATE TABLE mail_queue (
	id         TEXT    NOT NULL PRIMARY KEY,
	recipient  TEXT    NOT NULL,
	subject    TEXT    NOT NULL,
	body       TEXT    NOT NULL,
	attempts   INTEGER NOT NULL DEFAULT 0,
	not_before BIGINT  NOT NULL,
	expires_at BIGINT  NOT NULL,
	created_at BIGINT  NOT NULL
);
CREATE INDEX mail_queue_due ON mail_queue (not_before);
