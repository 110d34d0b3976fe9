package org.firststep.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Rows;

/** The {@code api_token} table. Tokens are stored as SHA-256 hashes only. */
@Repository
class ApiTokenRepository {

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A token row found by its hash.
	 *
	 * @param id the token's id
	 * @param accountId whose it is
	 * @param expiresAt when it expires, epoch milliseconds
	 * @param lastUsedAt when it was last used, epoch milliseconds, or null
	 */
	record StoredToken(String id, String accountId, long expiresAt, Long lastUsedAt) {
	}

	void insert(String id, String accountId, String tokenHash, String name, long createdAt, long expiresAt) {
		this.jdbc
			.sql("INSERT INTO api_token (id, account_id, token_hash, name, created_at, expires_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, accountId, tokenHash, name, createdAt, expiresAt)
			.update();
	}

	Optional<StoredToken> findByHash(String tokenHash) {
		return this.jdbc.sql("SELECT id, account_id, expires_at, last_used_at FROM api_token WHERE token_hash = ?")
			.param(tokenHash)
			.query((row, n) -> new StoredToken(row.getString("id"), row.getString("account_id"),
					row.getLong("expires_at"), Rows.nullableLong(row, "last_used_at")))
			.optional();
	}

	List<ApiToken> findByAccount(String accountId) {
		return this.jdbc
			.sql("SELECT id, name, created_at, expires_at, last_used_at FROM api_token WHERE account_id = ?"
					+ " ORDER BY created_at DESC")
			.param(accountId)
			.query((row, n) -> new ApiToken(row.getString("id"), row.getString("name"), Rows.instant(row, "created_at"),
					Rows.instant(row, "expires_at"), Rows.nullableInstant(row, "last_used_at")))
			.list();
	}

	void touch(String id, long now) {
		this.jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(now, id).update();
	}

	boolean delete(String accountId, String id) {
		return this.jdbc.sql("DELETE FROM api_token WHERE id = ? AND account_id = ?")
			.params(id, accountId)
			.update() > 0;
	}

	List<StoredToken> findExpired(long now) {
		return this.jdbc.sql("SELECT id, account_id, expires_at, last_used_at FROM api_token WHERE expires_at <= ?")
			.param(now)
			.query((row, n) -> new StoredToken(row.getString("id"), row.getString("account_id"),
					row.getLong("expires_at"), null))
			.list();
	}

}
