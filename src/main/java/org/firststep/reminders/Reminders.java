package org.firststep.reminders;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.firststep.platform.persistence.Glance;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.persistence.Rows;

/**
 * How features schedule, move and cancel what reminds someone, in the transaction of the
 * change that causes it: a rolled-back change leaves the schedule as it was. There is at
 * most one reminder of a kind about one thing for one receiver, so scheduling it again
 * moves it.
 */
@Service
public class Reminders {

	private static final Glance.Part<Instant> PAUSED_UNTIL = new Glance.Part<>(
			"SELECT MAX(paused_until) AS reminders_paused_until FROM reminder_settings WHERE account_id = :account",
			(row) -> Rows.nullableInstant(row, "reminders_paused_until"));

	private final JdbcClient jdbc;

	private final ReminderDelivery delivery;

	private final Clock clock;

	Reminders(JdbcClient jdbc, ReminderDelivery delivery, Clock clock) {
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * Reminds the receiver at that time, or moves the reminder there.
	 * @param subjectId what it is about (an ask's id, a link's id)
	 * @param link the path the reminder opens, such as {@code /asks/abc}
	 */
	public void schedule(String receiverId, ReminderKind kind, String subjectId, Instant at, String link) {
		this.jdbc
			.sql("INSERT INTO reminder (id, account_id, kind, subject_id, due_at, planned_at, useful_until, link)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, kind, subject_id) DO UPDATE"
					+ " SET due_at = excluded.due_at, planned_at = excluded.planned_at,"
					+ " useful_until = excluded.useful_until, link = excluded.link")
			.params(Ids.newId(), receiverId, kind.apiName(), subjectId, at.toEpochMilli(), at.toEpochMilli(),
					at.plus(kind.usefulFor()).toEpochMilli(), link)
			.update();
		if (!at.isAfter(this.clock.instant())) {
			this.delivery.afterCommit();
		}
	}

	/** Tells the receiver now: their in-app list at once, and e-mail unless held. */
	public void now(String receiverId, ReminderKind kind, String subjectId, String link) {
		schedule(receiverId, kind, subjectId, this.clock.instant(), link);
	}

	/**
	 * Until when the person paused their reminders, or null, as part of a glance: the
	 * home page says so while it lasts.
	 */
	public Glance.Part<Instant> pausedUntilGlance() {
		return PAUSED_UNTIL;
	}

	/** Whether such a reminder waits to go out. */
	public boolean isScheduled(String receiverId, ReminderKind kind, String subjectId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM reminder WHERE account_id = ? AND kind = ? AND subject_id = ?")
			.params(receiverId, kind.apiName(), subjectId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Removes the reminders of that kind about something, whoever receives them: an ask's
	 * partner reminder when the ask is done.
	 */
	public void cancelForEveryone(ReminderKind kind, String subjectId) {
		this.jdbc.sql("DELETE FROM reminder WHERE kind = ? AND subject_id = ?")
			.params(kind.apiName(), subjectId)
			.update();
	}

	/** Removes the reminder, when what it is about is done, cancelled or gone. */
	public void cancel(String receiverId, ReminderKind kind, String subjectId) {
		this.jdbc.sql("DELETE FROM reminder WHERE account_id = ? AND kind = ? AND subject_id = ?")
			.params(receiverId, kind.apiName(), subjectId)
			.update();
	}

	/**
	 * Removes every reminder of the receiver that links to this page, of any kind: what
	 * it would have pointed to is gone for them.
	 */
	public void cancelLinkingTo(String receiverId, String link) {
		this.jdbc.sql("DELETE FROM reminder WHERE account_id = ? AND link = ?").params(receiverId, link).update();
	}

}
