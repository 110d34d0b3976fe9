package org.firststep.assessments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Glance;
import org.firststep.platform.persistence.Keyset;
import org.firststep.platform.persistence.Rows;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;
import org.firststep.platform.persistence.Json;

/**
 * The {@code assessment} table: which instrument and when in the clear, the answers (and
 * so the score) sealed.
 */
@Repository
class AssessmentRepository {

	static final SealedField ANSWERS = new SealedField("assessment", "answers");

	private static final Keyset NEWEST_FIRST = new Keyset("assessment", "account_id = ?", "taken_at");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	AssessmentRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	void insert(String accountId, Assessment assessment) {
		this.jdbc
			.sql("INSERT INTO assessment (id, account_id, instrument, answers_sealed, taken_at) VALUES (?, ?, ?, ?, ?)")
			.params(assessment.id(), accountId, assessment.instrument().name(),
					this.sealer.seal(accountId, ANSWERS, assessment.id(),
							Json.MAPPER.writeValueAsString(new Answers(assessment.answers(), assessment.difficulty()))),
					assessment.takenAt().toEpochMilli())
			.update();
	}

	List<Assessment> findAll(String accountId) {
		return this.jdbc.sql("SELECT * FROM assessment WHERE account_id = ? ORDER BY taken_at DESC, id DESC")
			.param(accountId)
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/**
	 * A page of assessments, newest first; empty when the cursor is not one of the
	 * account's.
	 */
	Optional<List<Assessment>> page(String accountId, String cursor, int count) {
		return NEWEST_FIRST.after(this.jdbc, List.of(accountId), cursor, count, (row, n) -> map(accountId, row));
	}

	boolean any(String accountId) {
		return Rows.anyOfAccount(this.jdbc, "assessment", accountId);
	}

	Optional<Assessment> find(String accountId, String id) {
		return this.jdbc.sql("SELECT * FROM assessment WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> map(accountId, row))
			.optional();
	}

	/**
	 * When the last PHQ-9 or GAD-7 was taken, without opening anything; on its own or as
	 * part of a glance.
	 */
	static final Glance.Part<Optional<Long>> LAST_FULL_TAKEN_AT = new Glance.Part<>(
			"SELECT MAX(taken_at) AS assessments_last_full_taken_at FROM assessment"
					+ " WHERE account_id = :account AND instrument IN ('PHQ9', 'GAD7')",
			(row) -> Optional.ofNullable(Rows.nullableLong(row, "assessments_last_full_taken_at")));

	Optional<Long> lastFullTakenAt(String accountId) {
		return this.jdbc.sql(LAST_FULL_TAKEN_AT.select())
			.param("account", accountId)
			.query((row, n) -> LAST_FULL_TAKEN_AT.reader().read(row))
			.single();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM assessment WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM assessment WHERE account_id = ?").param(accountId).update();
	}

	private Assessment map(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		Answers answers = Json.MAPPER
			.readValue(this.sealer.open(accountId, ANSWERS, id, row.getBytes("answers_sealed")), Answers.class);
		return new Assessment(id, Instrument.valueOf(row.getString("instrument")), answers.answers(),
				answers.difficulty(), Rows.instant(row, "taken_at"));
	}

	/** What is sealed together. */
	record Answers(List<Integer> answers, Integer difficulty) {
	}

}
