-- Synthetic people for the benchmark: :n accounts with the rows a year of use leaves,
-- numbered from :first (run.sh seeds 1,000 people, measures, then adds the rest).
-- Their sealed fields hold random bytes (nobody signs in as them); the people the
-- benchmark signs in as are made through the API and have properly sealed data.
-- Each feature adds its year of rows here as it arrives.
--
-- Made to load 100,000 people in minutes: one INSERT ... SELECT per table; each row's
-- sealed fields cut from one draw of random bytes (drawing per field cost more than the
-- rest of the load); foreign-key triggers off for the load (the rows refer to rows made
-- just before, so they hold by construction; the scratch server's user is a superuser);
-- the secondary indexes of person and ask dropped during the load and built again after,
-- from their own definitions, which is faster than keeping them up row by row.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SET session_replication_role = replica;
CREATE TEMP TABLE bench_index AS
SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = current_schema() AND i.tablename IN ('person', 'ask')
	AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
SELECT format('DROP INDEX %I', indexname) FROM bench_index \gexec

CREATE TEMP TABLE bench_people AS
SELECT gen_random_uuid()::text AS id, g AS n FROM generate_series(:first, :first + :n - 1) g;

-- Confirmed a year ago: an account without confirmed_at is a sign-up still waiting for its
-- e-mail, which FirstStep deletes after a day (and did, one by one, during the load).
INSERT INTO account (id, email, password_hash, display_name, locale, time_zone, country, created_at, confirmed_at)
SELECT id, 'bench-' || n || '@example.org', '{argon2@SpringSecurity_v5_8}not-a-usable-hash', 'Bench ' || n,
	CASE WHEN n % 2 = 0 THEN 'en' ELSE 'es' END, 'Europe/Madrid', 'ES',
	(extract(epoch FROM now()) * 1000)::bigint - 365 * 86400000::bigint,
	(extract(epoch FROM now()) * 1000)::bigint - 365 * 86400000::bigint
FROM bench_people;

-- A 16-byte salt and a 48-byte wrapped key.
INSERT INTO data_key (account_id, kind, ref, kdf, salt, wrapped, created_at)
SELECT id, kind, '', 'argon2id$v=19$m=19456,t=2,p=1', substring(r FROM 1 FOR 16), substring(r FROM 17 FOR 48),
	(extract(epoch FROM now()) * 1000)::bigint
FROM (SELECT id, kind, gen_random_bytes(64) AS r
	FROM bench_people CROSS JOIN (VALUES ('password'), ('recovery')) AS kinds(kind)) s;

-- Eight people in each network, and an ask a week for a year with its outcome. Sealed
-- fields: a version byte and 32, 32, 48 and 48 bytes (person), 64, 32, 32, 32 and 48 (ask).
CREATE TEMP TABLE bench_person AS
SELECT gen_random_uuid()::text AS id, b.id AS account_id, p AS n
FROM bench_people b CROSS JOIN generate_series(1, 8) p;

INSERT INTO person (id, account_id, type, name_sealed, relation_sealed, channels_sealed, notes_sealed, good_for,
	safety, created_at, updated_at)
SELECT id, account_id, 'person', '\x01'::bytea || substring(r FROM 1 FOR 32), '\x01'::bytea || substring(r FROM 33 FOR 32),
	'\x01'::bytea || substring(r FROM 65 FOR 48), '\x01'::bytea || substring(r FROM 113 FOR 48),
	'listening,practical', n % 5 + 1, (extract(epoch FROM now()) * 1000)::bigint, (extract(epoch FROM now()) * 1000)::bigint
FROM (SELECT p.*, gen_random_bytes(160) AS r FROM bench_person p) s;

INSERT INTO ask (id, account_id, person_id, need, size, message_sealed, channel, predicted_yes_sealed, dread_sealed,
	status, outcome, feeling_after_sealed, outcome_note_sealed, sent_at, answered_at, created_at, updated_at)
SELECT gen_random_uuid()::text, account_id, person_id, 'listening', (ARRAY['tiny','small','medium','big'])[w % 4 + 1],
	'\x01'::bytea || substring(r FROM 1 FOR 64), 'sms', '\x01'::bytea || substring(r FROM 65 FOR 32),
	'\x01'::bytea || substring(r FROM 97 FOR 32), 'answered',
	(ARRAY['yes','yes','partly','no','noReply'])[w % 5 + 1], '\x01'::bytea || substring(r FROM 129 FOR 32),
	'\x01'::bytea || substring(r FROM 161 FOR 48),
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint,
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint + 3600000,
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint,
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint
FROM (SELECT p.account_id, p.id AS person_id, w, gen_random_bytes(208) AS r
	FROM bench_person p CROSS JOIN generate_series(1, 52) w
	WHERE p.n = w % 8 + 1) s;

SELECT indexdef FROM bench_index \gexec
SET session_replication_role = origin;
