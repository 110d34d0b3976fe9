package org.firststep.exchanges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Keyset;
import org.firststep.platform.persistence.Rows;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;

/** The {@code exchange} table: who, which way and when in the clear; what, sealed. */
@Repository
class ExchangeRepository {

	static final SealedField WHAT = new SealedField("exchange", "what");

	private static final Keyset NEWEST_FIRST = new Keyset("exchange", "account_id = ?", "day", "created_at");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	ExchangeRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	void insert(String accountId, Exchange exchange) {
		this.jdbc
			.sql("INSERT INTO exchange (id, account_id, person_id, direction, day, what_sealed, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(exchange.id(), accountId, exchange.personId(), exchange.direction(), exchange.day().toString(),
					this.sealer.seal(accountId, WHAT, exchange.id(), exchange.what()),
					exchange.createdAt().toEpochMilli())
			.update();
	}

	List<Exchange> findAll(String accountId) {
		return this.jdbc.sql("SELECT * FROM exchange WHERE account_id = ? ORDER BY day DESC, created_at DESC, id DESC")
			.param(accountId)
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/**
	 * Every exchange's clear columns, newest first, for the balance: who, which way and
	 * when, opening nothing.
	 */
	List<Exchange> tally(String accountId) {
		return this.jdbc
			.sql("SELECT id, person_id, direction, day, created_at FROM exchange WHERE account_id = ?"
					+ " ORDER BY day DESC, created_at DESC, id DESC")
			.param(accountId)
			.query((row, n) -> new Exchange(row.getString("id"), row.getString("direction"), row.getString("person_id"),
					null, LocalDate.parse(row.getString("day")), Rows.instant(row, "created_at")))
			.list();
	}

	/**
	 * A page of exchanges, newest first; empty when the cursor is not one of the
	 * account's.
	 */
	Optional<List<Exchange>> page(String accountId, String cursor, int count) {
		return NEWEST_FIRST.after(this.jdbc, List.of(accountId), cursor, count, (row, n) -> map(accountId, row));
	}

	boolean any(String accountId) {
		return Rows.anyOfAccount(this.jdbc, "exchange", accountId);
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM exchange WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	boolean delete(String accountId, String id) {
		return this.jdbc.sql("DELETE FROM exchange WHERE account_id = ? AND id = ?").params(accountId, id).update() > 0;
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM exchange WHERE account_id = ?").param(accountId).update();
	}

	private Exchange map(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		return new Exchange(id, row.getString("direction"), row.getString("person_id"),
				this.sealer.open(accountId, WHAT, id, row.getBytes("what_sealed")),
				LocalDate.parse(row.getString("day")), Rows.instant(row, "created_at"));
	}

}
