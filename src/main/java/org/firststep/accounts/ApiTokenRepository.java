package org.firststep.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
					row.getLong("expires_at"), (Long) row.getObject("last_used_at", Long.class)))
			.optional();
	}

	List<ApiToken> findByAccount(String accountId) {
		return this.jdbc
			.sql("SELECT id, name, created_at, expires_at, last_used_at FROM api_token WHERE account_id = ?"
					+ " ORDER BY created_at DESC")
			.param(accountId)
			.query((row, n) -> new ApiToken(row.getString("id"), row.getString("name"),
					Instant.ofEpochMilli(row.getLong("created_at")), Instant.ofEpochMilli(row.getLong("expires_at")),
					optionalInstant(row.getObject("last_used_at", Long.class))))
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

	private static Instant optionalInstant(Long millis) {
		return (millis == null) ? null : Instant.ofEpochMilli(millis);
	}

}
