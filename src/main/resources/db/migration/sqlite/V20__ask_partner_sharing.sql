-- Whether an ask's accountability partner, when they are a supporter, may read its words
-- in the app ("share what I'm asking"); off unless the person ticks it.
ALTER TABLE ask ADD COLUMN share_with_partner INTEGER NOT NULL DEFAULT 0;
