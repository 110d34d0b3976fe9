-- Synthetic people for the benchmark: :n accounts with the rows a year of use leaves.
-- Their sealed fields hold random bytes (nobody signs in as them); the people the
-- benchmark signs in as are made through the API and have properly sealed data.
-- Each feature adds its year of rows here as it arrives.
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_people AS
SELECT gen_random_uuid()::text AS id, g AS n FROM generate_series(1, :n) g;

INSERT INTO account (id, email, password_hash, display_name, locale, time_zone, country, created_at)
SELECT id, 'bench-' || n || '@example.org', '{argon2@SpringSecurity_v5_8}not-a-usable-hash', 'Bench ' || n,
	CASE WHEN n % 2 = 0 THEN 'en' ELSE 'es' END, 'Europe/Madrid', 'ES',
	(extract(epoch FROM now()) * 1000)::bigint - 365 * 86400000::bigint
FROM bench_people;

INSERT INTO data_key (account_id, kind, ref, kdf, salt, wrapped, created_at)
SELECT id, kind, '', 'argon2id$v=19$m=19456,t=2,p=1', decode(md5(random()::text), 'hex'),
	decode(md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'),
	(extract(epoch FROM now()) * 1000)::bigint
FROM bench_people CROSS JOIN (VALUES ('password'), ('recovery')) AS kinds(kind);

-- Eight people in each network, and an ask a week for a year with its outcome.
CREATE TEMP TABLE bench_person AS
SELECT gen_random_uuid()::text AS id, b.id AS account_id, p AS n
FROM bench_people b CROSS JOIN generate_series(1, 8) p;

INSERT INTO person (id, account_id, type, name_sealed, relation_sealed, channels_sealed, notes_sealed, good_for,
	safety, created_at, updated_at)
SELECT id, account_id, 'person', decode('01' || md5(random()::text) || md5(random()::text), 'hex'),
	decode('01' || md5(random()::text) || md5(random()::text), 'hex'),
	decode('01' || md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'),
	decode('01' || md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'),
	'listening,practical', n % 5 + 1, (extract(epoch FROM now()) * 1000)::bigint, (extract(epoch FROM now()) * 1000)::bigint
FROM bench_person;

INSERT INTO ask (id, account_id, person_id, need, size, message_sealed, channel, predicted_yes_sealed, dread_sealed,
	status, outcome, feeling_after_sealed, outcome_note_sealed, sent_at, answered_at, created_at, updated_at)
SELECT gen_random_uuid()::text, p.account_id, p.id, 'listening', (ARRAY['tiny','small','medium','big'])[w % 4 + 1],
	decode('01' || md5(random()::text) || md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'),
	'sms', decode('01' || md5(random()::text) || md5(random()::text), 'hex'),
	decode('01' || md5(random()::text) || md5(random()::text), 'hex'), 'answered',
	(ARRAY['yes','yes','partly','no','noReply'])[w % 5 + 1], decode('01' || md5(random()::text) || md5(random()::text), 'hex'),
	decode('01' || md5(random()::text) || md5(random()::text) || md5(random()::text), 'hex'),
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint,
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint + 3600000,
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint,
	(extract(epoch FROM now()) * 1000)::bigint - w * 7 * 86400000::bigint
FROM bench_person p CROSS JOIN generate_series(1, 52) w
WHERE p.n = w % 8 + 1;
