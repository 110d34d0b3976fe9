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
