package org.firststep.thoughts;

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
import org.firststep.platform.persistence.Json;

/** The {@code thought_record} table: everything written sealed as one value. */
@Repository
class ThoughtRecordRepository {

	static final SealedField CONTENT = new SealedField("thought_record", "content");

	private static final Keyset NEWEST_FIRST = new Keyset("thought_record", "account_id = ?", "created_at");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	ThoughtRecordRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	void insert(String accountId, ThoughtRecord record) {
		this.jdbc
			.sql("INSERT INTO thought_record (id, account_id, ask_id, content_sealed, created_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(record.id(), accountId, record.askId(), content(accountId, record),
					record.createdAt().toEpochMilli(), record.updatedAt().toEpochMilli())
			.update();
	}

	void update(String accountId, ThoughtRecord record) {
		this.jdbc.sql(
				"UPDATE thought_record SET ask_id = ?, content_sealed = ?, updated_at = ? WHERE id = ? AND account_id = ?")
			.params(record.askId(), content(accountId, record), record.updatedAt().toEpochMilli(), record.id(),
					accountId)
			.update();
	}

	List<ThoughtRecord> findAll(String accountId) {
		return this.jdbc.sql("SELECT * FROM thought_record WHERE account_id = ? ORDER BY created_at DESC, id DESC")
			.param(accountId)
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/**
	 * A page of records, newest first; empty when the cursor is not one of the account's.
	 */
	Optional<List<ThoughtRecord>> page(String accountId, String cursor, int count) {
		return NEWEST_FIRST.after(this.jdbc, List.of(accountId), cursor, count, (row, n) -> map(accountId, row));
	}

	boolean any(String accountId) {
		return Rows.anyOfAccount(this.jdbc, "thought_record", accountId);
	}

	Optional<ThoughtRecord> find(String accountId, String id) {
		return this.jdbc.sql("SELECT * FROM thought_record WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> map(accountId, row))
			.optional();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM thought_record WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	boolean delete(String accountId, String id) {
		return this.jdbc.sql("DELETE FROM thought_record WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.update() > 0;
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM thought_record WHERE account_id = ?").param(accountId).update();
	}

	private byte[] content(String accountId, ThoughtRecord record) {
		Content content = new Content(record.situation(), record.automaticThought(), record.beliefBefore(),
				record.emotions(), record.traps(), record.friendView(), record.evidenceFor(), record.evidenceAgainst(),
				record.balancedThought(), record.beliefAfter());
		return this.sealer.seal(accountId, CONTENT, record.id(), Json.MAPPER.writeValueAsString(content));
	}

	private ThoughtRecord map(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		Content content = Json.MAPPER
			.readValue(this.sealer.open(accountId, CONTENT, id, row.getBytes("content_sealed")), Content.class);
		return new ThoughtRecord(id, content.situation(), content.automaticThought(), content.beliefBefore(),
				(content.emotions() != null) ? content.emotions() : List.of(),
				(content.traps() != null) ? content.traps() : List.of(), content.friendView(), content.evidenceFor(),
				content.evidenceAgainst(), content.balancedThought(), content.beliefAfter(), row.getString("ask_id"),
				Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
	}

	/** What is sealed together. */
	record Content(String situation, String automaticThought, Integer beliefBefore, List<Emotion> emotions,
			List<String> traps, String friendView, String evidenceFor, String evidenceAgainst, String balancedThought,
			Integer beliefAfter) {
	}

}
