package org.firststep.asks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.people.Need;
import org.firststep.platform.persistence.Glance;
import org.firststep.platform.persistence.Keyset;
import org.firststep.platform.persistence.Rows;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;

/** The {@code ask} table, sealing and opening its private columns. */
@Repository
class AskRepository {

	static final SealedField MESSAGE = new SealedField("ask", "message");

	static final SealedField PREDICTED_YES = new SealedField("ask", "predicted_yes");

	static final SealedField DREAD = new SealedField("ask", "dread");

	static final SealedField FEELING_AFTER = new SealedField("ask", "feeling_after");

	static final SealedField OUTCOME_NOTE = new SealedField("ask", "outcome_note");

	/**
	 * The clear columns of an outline, and the prediction only of answered asks: a list
	 * opens nothing it does not count or show.
	 */
	private static final String OUTLINE = "SELECT id, person_id, need, size, status, outcome,"
			+ " CASE WHEN outcome IS NOT NULL THEN predicted_yes_sealed END AS predicted_yes_sealed FROM ask";

	private static final Keyset NEWEST_FIRST = new Keyset("ask", "account_id = ?", "created_at");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	AskRepository(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	void insert(String accountId, Ask ask, long now) {
		this.jdbc.sql("INSERT INTO ask (id, account_id, person_id, need, size, message_sealed, channel,"
				+ " predicted_yes_sealed, dread_sealed, send_by, accountability_person_id, backup_person_id, status,"
				+ " outcome, feeling_after_sealed, outcome_note_sealed, sent_at, answered_at, created_at, updated_at,"
				+ " share_with_partner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(ask.id(), accountId, ask.personId(), ask.need().apiName(), ask.size().apiName(),
					this.sealer.seal(accountId, MESSAGE, ask.id(), ask.message()), AskChannel.apiNameOf(ask.channel()),
					this.sealer.sealNumber(accountId, PREDICTED_YES, ask.id(), ask.predictedYes()),
					this.sealer.sealNumber(accountId, DREAD, ask.id(), ask.dread()), millis(ask.sendBy()),
					ask.accountabilityPersonId(), ask.backupPersonId(), ask.status().apiName(),
					(ask.outcome() != null) ? ask.outcome().apiName() : null,
					this.sealer.sealNumber(accountId, FEELING_AFTER, ask.id(), ask.feelingAfter()),
					this.sealer.seal(accountId, OUTCOME_NOTE, ask.id(), ask.outcomeNote()), millis(ask.sentAt()),
					millis(ask.answeredAt()), ask.createdAt().toEpochMilli(), now, ask.sharedWithPartner() ? 1 : 0)
			.update();
	}

	void answerInClear(String accountId, String id, Outcome outcome, long now) {
		this.jdbc
			.sql("UPDATE ask SET status = ?, outcome = ?, answered_at = ?, updated_at = ?"
					+ " WHERE account_id = ? AND id = ? AND status IN (?, ?, ?)")
			.params(AskStatus.ANSWERED.apiName(), outcome.apiName(), now, now, accountId, id, AskStatus.DRAFT.apiName(),
					AskStatus.PLANNED.apiName(), AskStatus.SENT.apiName())
			.update();
	}

	void update(String accountId, Ask ask, long now) {
		this.jdbc.sql("UPDATE ask SET person_id = ?, need = ?, size = ?, message_sealed = ?, channel = ?,"
				+ " predicted_yes_sealed = ?, dread_sealed = ?, send_by = ?, accountability_person_id = ?,"
				+ " backup_person_id = ?, status = ?, outcome = ?, feeling_after_sealed = ?, outcome_note_sealed = ?,"
				+ " sent_at = ?, answered_at = ?, updated_at = ?, share_with_partner = ? WHERE id = ? AND account_id = ?")
			.params(ask.personId(), ask.need().apiName(), ask.size().apiName(),
					this.sealer.seal(accountId, MESSAGE, ask.id(), ask.message()), AskChannel.apiNameOf(ask.channel()),
					this.sealer.sealNumber(accountId, PREDICTED_YES, ask.id(), ask.predictedYes()),
					this.sealer.sealNumber(accountId, DREAD, ask.id(), ask.dread()), millis(ask.sendBy()),
					ask.accountabilityPersonId(), ask.backupPersonId(), ask.status().apiName(),
					(ask.outcome() != null) ? ask.outcome().apiName() : null,
					this.sealer.sealNumber(accountId, FEELING_AFTER, ask.id(), ask.feelingAfter()),
					this.sealer.seal(accountId, OUTCOME_NOTE, ask.id(), ask.outcomeNote()), millis(ask.sentAt()),
					millis(ask.answeredAt()), now, ask.sharedWithPartner() ? 1 : 0, ask.id(), accountId)
			.update();
	}

	/** Every ask of the account, newest first. */
	List<Ask> findAll(String accountId) {
		return this.jdbc.sql("SELECT * FROM ask WHERE account_id = ? ORDER BY created_at DESC, id DESC")
			.param(accountId)
			.query((row, n) -> map(accountId, row))
			.list();
	}

	/** Every ask of the account as a list shows it, newest first. */
	List<AskOutline> outlines(String accountId) {
		return this.jdbc.sql(OUTLINE + " WHERE account_id = ? ORDER BY created_at DESC, id DESC")
			.param(accountId)
			.query((row, n) -> outline(accountId, row))
			.list();
	}

	/**
	 * Every ask of the account as the ladder shows it, opening only the dread of the asks
	 * it orders (not of cancelled ones, which it leaves out).
	 */
	List<AskRung> rungs(String accountId) {
		return this.jdbc
			.sql("SELECT id, person_id, size, status, outcome, created_at, CASE WHEN status <> ? THEN dread_sealed END"
					+ " AS dread_sealed FROM ask WHERE account_id = ?")
			.params(AskStatus.CANCELLED.apiName(), accountId)
			.query((row, n) -> {
				String id = row.getString("id");
				String outcome = row.getString("outcome");
				return new AskRung(id, row.getString("person_id"), Size.of(row.getString("size")).orElseThrow(),
						AskStatus.of(row.getString("status")),
						(outcome != null) ? Outcome.of(outcome).orElseThrow() : null,
						this.sealer.openNumber(accountId, DREAD, id, row.getBytes("dread_sealed")),
						Rows.instant(row, "created_at"));
			})
			.list();
	}

	/** The open asks whose send-by falls before the instant, soonest first. */
	List<AskOutline> dueBefore(String accountId, Instant before) {
		return this.jdbc
			.sql(OUTLINE + " WHERE account_id = ? AND status IN (?, ?) AND send_by < ? ORDER BY send_by, id")
			.params(accountId, AskStatus.DRAFT.apiName(), AskStatus.PLANNED.apiName(), before.toEpochMilli())
			.query((row, n) -> outline(accountId, row))
			.list();
	}

	/**
	 * A page of asks, newest first; empty when the cursor is not one of the account's.
	 */
	Optional<List<Ask>> page(String accountId, String cursor, int count) {
		return NEWEST_FIRST.after(this.jdbc, List.of(accountId), cursor, count, (row, n) -> map(accountId, row));
	}

	boolean any(String accountId) {
		return Rows.anyOfAccount(this.jdbc, "ask", accountId);
	}

	/** The asks sent to one person and not answered yet, oldest first. */
	List<Ask> sentTo(String accountId, String personId) {
		return this.jdbc
			.sql("SELECT * FROM ask WHERE account_id = ? AND person_id = ? AND status = ? ORDER BY sent_at, id")
			.params(accountId, personId, AskStatus.SENT.apiName())
			.query((row, n) -> map(accountId, row))
			.list();
	}

	Optional<Ask> find(String accountId, String id) {
		return this.jdbc.sql("SELECT * FROM ask WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> map(accountId, row))
			.optional();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ask WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/**
	 * The asks' part of a glance, from clear columns only (the {@code ask_glance} index
	 * covers them): the soonest send-by of an open ask, and for each size whether one
	 * went well.
	 */
	static final Glance.Part<AsksAtAGlance> GLANCE = new Glance.Part<>("SELECT MIN(CASE WHEN status IN ('"
			+ AskStatus.DRAFT.apiName() + "', '" + AskStatus.PLANNED.apiName()
			+ "') THEN send_by END) AS asks_soonest_send_by"
			+ Arrays.stream(Size.values())
				.map((size) -> ", MAX(CASE WHEN size = '" + size.apiName()
						+ "' AND outcome IN ('yes', 'partly') THEN 1 ELSE 0 END) AS asks_went_well_" + size.apiName())
				.collect(Collectors.joining())
			+ " FROM ask WHERE account_id = :account", (row) -> {
				Size biggest = null;
				for (Size size : Size.values()) {
					if (row.getInt("asks_went_well_" + size.apiName()) == 1) {
						biggest = size;
					}
				}
				return new AsksAtAGlance(Rows.nullableInstant(row, "asks_soonest_send_by"),
						(biggest != null) ? biggest.next() : Size.TINY);
			});

	/** Yes answers by person, from the clear outcome column. */
	List<Object[]> yesesByPerson(String accountId) {
		return this.jdbc
			.sql("SELECT person_id, COUNT(*) AS yeses FROM ask WHERE account_id = ? AND outcome = 'yes'"
					+ " AND person_id IS NOT NULL GROUP BY person_id")
			.param(accountId)
			.query((row, n) -> new Object[] { row.getString("person_id"), row.getLong("yeses") })
			.list();
	}

	boolean delete(String accountId, String id) {
		return this.jdbc.sql("DELETE FROM ask WHERE account_id = ? AND id = ?").params(accountId, id).update() > 0;
	}

	void deleteAll(String accountId) {
		this.jdbc.sql("DELETE FROM ask WHERE account_id = ?").param(accountId).update();
	}

	private Ask map(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		String outcome = row.getString("outcome");
		return new Ask(id, row.getString("person_id"), Need.of(row.getString("need")).orElseThrow(),
				Size.of(row.getString("size")).orElseThrow(),
				this.sealer.open(accountId, MESSAGE, id, row.getBytes("message_sealed")),
				AskChannel.of(row.getString("channel")),
				this.sealer.openNumber(accountId, PREDICTED_YES, id, row.getBytes("predicted_yes_sealed")),
				this.sealer.openNumber(accountId, DREAD, id, row.getBytes("dread_sealed")),
				Rows.nullableInstant(row, "send_by"), row.getString("accountability_person_id"),
				row.getString("backup_person_id"), AskStatus.of(row.getString("status")),
				(outcome != null) ? Outcome.of(outcome).orElseThrow() : null,
				this.sealer.openNumber(accountId, FEELING_AFTER, id, row.getBytes("feeling_after_sealed")),
				this.sealer.open(accountId, OUTCOME_NOTE, id, row.getBytes("outcome_note_sealed")),
				Rows.nullableInstant(row, "sent_at"), Rows.nullableInstant(row, "answered_at"),
				Rows.instant(row, "created_at"), row.getInt("share_with_partner") == 1);
	}

	private AskOutline outline(String accountId, ResultSet row) throws SQLException {
		String id = row.getString("id");
		String outcome = row.getString("outcome");
		return new AskOutline(id, row.getString("person_id"), Need.of(row.getString("need")).orElseThrow(),
				Size.of(row.getString("size")).orElseThrow(), AskStatus.of(row.getString("status")),
				(outcome != null) ? Outcome.of(outcome).orElseThrow() : null,
				this.sealer.openNumber(accountId, PREDICTED_YES, id, row.getBytes("predicted_yes_sealed")));
	}

	private static Long millis(Instant instant) {
		return (instant == null) ? null : instant.toEpochMilli();
	}

}
