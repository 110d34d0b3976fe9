-- The safety plan, one per account, all its steps sealed together.
CREATE TABLE safety_plan (
	account_id    TEXT    NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
	steps_sealed  BYTEA   NOT NULL,
	updated_at    BIGINT  NOT NULL
);

-- Who from the network may read the plan once they support the person: the switch
-- itself, no copy of the plan.
CREATE TABLE safety_plan_share (
	account_id  TEXT    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	person_id   TEXT    NOT NULL REFERENCES person (id) ON DELETE CASCADE,
	created_at  BIGINT  NOT NULL,
	PRIMARY KEY (account_id, person_id)
);
