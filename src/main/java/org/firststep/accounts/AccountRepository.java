package org.firststep.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Glance;

/** The {@code account} table. */
@Repository
class AccountRepository {

	private static final String COLUMNS = "id, email, display_name, locale, time_zone, country, created_at";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param confirmed whether the account may sign in at once, or waits for its link
	 */
	void insert(Account account, String passwordHash, boolean confirmed) {
		long createdAt = account.createdAt().toEpochMilli();
		this.jdbc
			.sql("INSERT INTO account (id, email, password_hash, display_name, locale, time_zone, country, created_at,"
					+ " confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(account.id(), account.email(), passwordHash, account.displayName(), account.locale().getLanguage(),
					account.timeZone().getId(), account.country(), createdAt, confirmed ? createdAt : null)
			.update();
	}

	boolean isConfirmed(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ? AND confirmed_at IS NOT NULL")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @return whether the account was waiting for its confirmation
	 */
	boolean confirm(String id, long now) {
		return this.jdbc.sql("UPDATE account SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL")
			.params(now, id)
			.update() == 1;
	}

	/** Accounts still waiting for their confirmation that were made before the time. */
	java.util.List<String> unconfirmedSince(long before) {
		return this.jdbc.sql("SELECT id FROM account WHERE confirmed_at IS NULL AND created_at < ?")
			.param(before)
			.query(String.class)
			.list();
	}

	Optional<Account> findById(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?")
			.param(id)
			.query(AccountRepository::map)
			.optional();
	}

	Optional<Account> findByEmail(String email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = ?")
			.param(email)
			.query(AccountRepository::map)
			.optional();
	}

	boolean emailExists(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?")
			.param(email)
			.query(Long.class)
			.single() > 0;
	}

	Optional<String> passwordHash(String id) {
		return this.jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(id).query(String.class).optional();
	}

	void updateProfile(Account account) {
		this.jdbc.sql("UPDATE account SET display_name = ?, locale = ?, time_zone = ?, country = ? WHERE id = ?")
			.params(account.displayName(), account.locale().getLanguage(), account.timeZone().getId(),
					account.country(), account.id())
			.update();
	}

	void updatePasswordHash(String id, String passwordHash) {
		this.jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
	}

	/**
	 * @return whether the account was there and still waiting for its confirmation
	 */
	boolean deleteUnconfirmed(String id) {
		return this.jdbc.sql("DELETE FROM account WHERE id = ? AND confirmed_at IS NULL").param(id).update() == 1;
	}

	void delete(String id) {
		this.jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update();
	}

	/** The account as one part of a glance, its columns prefixed {@code account_}. */
	static final Glance.Part<Account> GLANCE = new Glance.Part<>(
			"SELECT id AS account_id, email AS account_email, "
					+ "display_name AS account_display_name, locale AS account_locale, time_zone AS account_time_zone, "
					+ "country AS account_country, created_at AS account_created_at FROM account WHERE id = :account",
			(row) -> map(row, "account_"));

	private static Account map(ResultSet row, int number) throws SQLException {
		return map(row, "");
	}

	private static Account map(ResultSet row, String prefix) throws SQLException {
		return new Account(row.getString(prefix + "id"), row.getString(prefix + "email"),
				row.getString(prefix + "display_name"), Locale.of(row.getString(prefix + "locale")),
				ZoneId.of(row.getString(prefix + "time_zone")), row.getString(prefix + "country"),
				Instant.ofEpochMilli(row.getLong(prefix + "created_at")));
	}

}
