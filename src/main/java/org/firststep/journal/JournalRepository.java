package org.firststep.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Keyset;
import org.firststep.platform.persistence.Rows;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;

/** The {@code journal_entry} table, text and mood sealed. */
@Repository
class JournalRepository {

	static final SealedField TEXT = new SealedField("journal_entry", "text");

	static final SealedField MOOD = new SealedField("journal_entry", "mood");

	private static final Keyset NEWEST_FIRST = new Keyset("journal_entry", "account_id = ?", "created_at");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	JournalRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	void insert(String accountId, JournalEntry entry) {
		this.jdbc
			.sql("INSERT INTO journal_entry (id, account_id, text_sealed, mood_sealed, created_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(entry.id(), accountId, this.sealer.seal(accountId, TEXT, entry.id(), entry.text()),
					this.sealer.sealNumber(accountId, MOOD, entry.id(), entry.mood()), entry.createdAt().toEpochMilli(),
					entry.updatedAt().toEpochMilli())
			.update();
	}

	void update(String accountId, JournalEntry entry) {
		this.jdbc.sql(
				"UPDATE journal_entry SET text_sealed = ?, mood_sealed = ?, updated_at = ? WHERE id = ? AND account_id = ?")
			.params(this.sealer.seal(accountId, TEXT, entry.id(), entry.text()),
					this.sealer.sealNumber(accountId, MOOD, entry.id(), entry.mood()), entry.updatedAt().toEpochMilli(),
					entry.id(), accountId)
			.update();
	}

	List<JournalEntry> findAll(String accountId) {
		return this.jdbc.sql("SELECT * FROM journal_entry WHERE account_id = ? ORDER BY created_at DESC, id DESC")
			.param(accountId)
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/**
	 * A page of entries, newest first; empty when the cursor is not one of the account's.
	 */
	Optional<List<JournalEntry>> page(String accountId, String cursor, int count) {
		return NEWEST_FIRST.after(this.jdbc, List.of(accountId), cursor, count, (row, n) -> map(accountId, row));
	}

	boolean any(String accountId) {
		return Rows.anyOfAccount(this.jdbc, "journal_entry", accountId);
	}

	Optional<JournalEntry> find(String accountId, String id) {
		return this.jdbc.sql("SELECT * FROM journal_entry WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> map(accountId, row))
			.optional();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM journal_entry WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	boolean delete(String accountId, String id) {
		return this.jdbc.sql("DELETE FROM journal_entry WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.update() > 0;
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM journal_entry WHERE account_id = ?").param(accountId).update();
	}

	private JournalEntry map(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		return new JournalEntry(id, this.sealer.open(accountId, TEXT, id, row.getBytes("text_sealed")),
				this.sealer.openNumber(accountId, MOOD, id, row.getBytes("mood_sealed")),
				Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
	}

}
