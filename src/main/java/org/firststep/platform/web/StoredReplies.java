package org.firststep.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_key} table: per account and key, the request's fingerprint and
 * the first answer, sealed. Rows last 24 hours (API.md); an expired row counts as absent
 * and is removed every hour. Deleting the account removes its rows (a cascade).
 */
@Component
class StoredReplies {

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	StoredReplies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes the key for this request, within the caller's transaction: true when it was
	 * free (or only used more than 24 hours ago). A second request with the same key
	 * waits here until the first one's transaction ends (PostgreSQL's unique index;
	 * SQLite has one writer at a time) and then finds its row.
	 */
	boolean claim(String accountId, String keyHash, String requestHash) {
		long now = this.clock.millis();
		this.jdbc.sql("DELETE FROM idempotency_key WHERE account_id = ? AND key_hash = ? AND created_at <= ?")
			.params(accountId, keyHash, now - KEPT.toMillis())
			.update();
		return this.jdbc
			.sql("INSERT INTO idempotency_key (account_id, key_hash, request_hash, created_at) VALUES (?, ?, ?, ?)"
					+ " ON CONFLICT (account_id, key_hash) DO NOTHING")
			.params(accountId, keyHash, requestHash, now)
			.update() == 1;
	}

	Optional<Kept> find(String accountId, String keyHash) {
		return this.jdbc
			.sql("SELECT request_hash, status, reply_sealed FROM idempotency_key WHERE account_id = ? AND key_hash = ?")
			.params(accountId, keyHash)
			.query((row, number) -> new Kept(row.getString("request_hash"), (Integer) row.getObject("status"),
					row.getBytes("reply_sealed")))
			.optional();
	}

	/** Keeps the answer on the claimed row, in the transaction that made it. */
	void complete(String accountId, String keyHash, int status, byte[] sealedReply) {
		this.jdbc.sql("UPDATE idempotency_key SET status = ?, reply_sealed = ? WHERE account_id = ? AND key_hash = ?")
			.params(status, sealedReply, accountId, keyHash)
			.update();
	}

	void forget(String accountId, String keyHash) {
		this.jdbc.sql("DELETE FROM idempotency_key WHERE account_id = ? AND key_hash = ?")
			.params(accountId, keyHash)
			.update();
	}

	/**
	 * Rows older than 24 hours go within the hour, even if their key never comes again.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpiredHourly() {
		forgetExpired();
	}

	/** Removes every row older than 24 hours; returns how many. */
	int forgetExpired() {
		return this.jdbc.sql("DELETE FROM idempotency_key WHERE created_at <= ?")
			.param(this.clock.millis() - KEPT.toMillis())
			.update();
	}

	/**
	 * A key's row.
	 *
	 * @param requestHash the fingerprint of the request that first used the key
	 * @param status the first answer's status; null only inside the transaction that
	 * claimed it
	 * @param sealedReply the first answer's headers and body, sealed
	 */
	record Kept(String requestHash, Integer status, byte[] sealedReply) {
	}

}
