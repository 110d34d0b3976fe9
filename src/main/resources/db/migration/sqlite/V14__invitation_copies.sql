-- Copies made for an invitation that is still open (a status, the plan, an ask), sealed
-- under its link key exactly as shared_item's copies are: the link takes the invitation's
-- id, so accepting only moves them there, and a new supporter sees the present from the
-- first moment. They go when the invitation is withdrawn, used or past its time.
CREATE TABLE invitation_item (
	invitation_id   TEXT    NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
	kind            TEXT    NOT NULL,
	item_id         TEXT    NOT NULL,
	state           TEXT,
	content_sealed  BLOB    NOT NULL,
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL,
	PRIMARY KEY (invitation_id, kind, item_id)
);
