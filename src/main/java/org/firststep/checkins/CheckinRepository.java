package org.firststep.checkins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Keyset;
import org.firststep.platform.persistence.Rows;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;
import org.firststep.platform.persistence.Json;

/**
 * The {@code checkin} table: the day in the clear (one per day), the values and the note
 * sealed.
 */
@Repository
class CheckinRepository {

	static final SealedField VALUES = new SealedField("checkin", "values");

	static final SealedField NOTE = new SealedField("checkin", "note");

	private static final Keyset NEWEST_FIRST = new Keyset("checkin", "account_id = ? AND day >= ? AND day <= ?", "day");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	CheckinRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	Optional<Checkin> findDay(String accountId, LocalDate day) {
		return this.jdbc.sql("SELECT * FROM checkin WHERE account_id = ? AND day = ?")
			.params(accountId, day.toString())
			.query((row, n) -> map(accountId, row))
			.optional();
	}

	List<Checkin> between(String accountId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("SELECT * FROM checkin WHERE account_id = ? AND day >= ? AND day <= ? ORDER BY day DESC")
			.params(accountId, from.toString(), to.toString())
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/**
	 * A page of the check-ins between two days, newest first; empty when the cursor is
	 * not one of them.
	 */
	Optional<List<Checkin>> page(String accountId, LocalDate from, LocalDate to, String cursor, int count) {
		return NEWEST_FIRST.after(this.jdbc, List.of(accountId, from.toString(), to.toString()), cursor, count,
				(row, n) -> map(accountId, row));
	}

	boolean any(String accountId) {
		return Rows.anyOfAccount(this.jdbc, "checkin", accountId);
	}

	List<Checkin> findAll(String accountId) {
		return this.jdbc.sql("SELECT * FROM checkin WHERE account_id = ? ORDER BY day DESC")
			.param(accountId)
			.query((row, n) -> map(accountId, row))
			.list();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM checkin WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	void insert(String accountId, Checkin checkin, long createdAt) {
		this.jdbc
			.sql("INSERT INTO checkin (id, account_id, day, values_sealed, note_sealed, created_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(checkin.id(), accountId, checkin.day().toString(), values(accountId, checkin),
					this.sealer.seal(accountId, NOTE, checkin.id(), checkin.note()), createdAt,
					checkin.updatedAt().toEpochMilli())
			.update();
	}

	void update(String accountId, Checkin checkin) {
		this.jdbc.sql(
				"UPDATE checkin SET values_sealed = ?, note_sealed = ?, updated_at = ? WHERE id = ? AND account_id = ?")
			.params(values(accountId, checkin), this.sealer.seal(accountId, NOTE, checkin.id(), checkin.note()),
					checkin.updatedAt().toEpochMilli(), checkin.id(), accountId)
			.update();
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM checkin WHERE account_id = ?").param(accountId).update();
	}

	private byte[] values(String accountId, Checkin checkin) {
		Values values = new Values(checkin.mood(), checkin.energy(), checkin.sleepHours(),
				checkin.signs().stream().map(Sign::apiName).sorted().toList());
		return this.sealer.seal(accountId, VALUES, checkin.id(), Json.MAPPER.writeValueAsString(values));
	}

	private Checkin map(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		Values values = Json.MAPPER.readValue(this.sealer.open(accountId, VALUES, id, row.getBytes("values_sealed")),
				Values.class);
		Set<Sign> signs = EnumSet.noneOf(Sign.class);
		values.signs().stream().map(Sign::of).flatMap(Optional::stream).forEach(signs::add);
		return new Checkin(id, LocalDate.parse(row.getString("day")), values.mood(), values.energy(),
				values.sleepHours(), signs, this.sealer.open(accountId, NOTE, id, row.getBytes("note_sealed")),
				Rows.instant(row, "updated_at"));
	}

	/** What is sealed together. */
	record Values(int mood, Integer energy, Double sleepHours, List<String> signs) {
	}

}
