-- Deleting a person or an ask makes the database find the rows that refer to it; without
-- an index that starts with the referring column that is a scan of the whole table for
-- each row deleted (an account's deletion took 40 s at 100,000 people). ForeignKeyIndexTests.
CREATE INDEX ask_person ON ask (person_id);
CREATE INDEX ask_accountability_person ON ask (accountability_person_id);
CREATE INDEX ask_backup_person ON ask (backup_person_id);
CREATE INDEX exchange_person ON exchange (person_id);
CREATE INDEX invitation_person ON invitation (person_id);
CREATE INDEX safety_plan_share_person ON safety_plan_share (person_id);
CREATE INDEX supporter_link_person ON supporter_link (person_id);
CREATE INDEX thought_record_ask ON thought_record (ask_id);
