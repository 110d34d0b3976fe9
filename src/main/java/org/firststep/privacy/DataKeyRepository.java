package org.firststep.privacy;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code data_key} table: each account's data key, wrapped once per way to unlock it.
 */
@Repository
class DataKeyRepository {

	private final JdbcClient jdbc;

	DataKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One wrapped copy of a data key.
	 *
	 * @param kdf how the key-encryption key is derived, with its parameters
	 * @param salt the derivation's salt
	 * @param wrapped the data key, sealed under the derived key
	 */
	record WrappedKey(String kdf, byte[] salt, byte[] wrapped) {
	}

	void save(String accountId, String kind, String ref, WrappedKey key, long now) {
		this.jdbc
			.sql("INSERT INTO data_key (account_id, kind, ref, kdf, salt, wrapped, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, kind, ref) DO UPDATE"
					+ " SET kdf = excluded.kdf, salt = excluded.salt, wrapped = excluded.wrapped,"
					+ " created_at = excluded.created_at")
			.params(accountId, kind, ref, key.kdf(), key.salt(), key.wrapped(), now)
			.update();
	}

	/**
	 * @return whether the row was stored: false when the account already had one
	 */
	boolean insertIfAbsent(String accountId, String kind, String ref, WrappedKey key, long now) {
		return this.jdbc
			.sql("INSERT INTO data_key (account_id, kind, ref, kdf, salt, wrapped, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, kind, ref) DO NOTHING")
			.params(accountId, kind, ref, key.kdf(), key.salt(), key.wrapped(), now)
			.update() == 1;
	}

	Optional<WrappedKey> find(String accountId, String kind, String ref) {
		return this.jdbc.sql("SELECT kdf, salt, wrapped FROM data_key WHERE account_id = ? AND kind = ? AND ref = ?")
			.params(accountId, kind, ref)
			.query((row, n) -> new WrappedKey(row.getString("kdf"), row.getBytes("salt"), row.getBytes("wrapped")))
			.optional();
	}

	void delete(String accountId, String kind, String ref) {
		this.jdbc.sql("DELETE FROM data_key WHERE account_id = ? AND kind = ? AND ref = ?")
			.params(accountId, kind, ref)
			.update();
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM data_key WHERE account_id = ?").param(accountId).update();
	}

}
