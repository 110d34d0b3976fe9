package org.firststep.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Ids;
import org.firststep.platform.persistence.Keyset;
import org.firststep.platform.persistence.Rows;

/** The in-app list, one account's rows at a time. */
@Repository
class NotificationRepository {

	private static final Keyset NEWEST_FIRST = new Keyset("notification", "account_id = ?", "created_at");

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String accountId, String kind, String link, Instant plannedAt, Instant now) {
		this.jdbc
			.sql("INSERT INTO notification (id, account_id, kind, link, planned_at, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(Ids.newId(), accountId, kind, link, plannedAt.toEpochMilli(), now.toEpochMilli())
			.update();
	}

	Optional<List<Notification>> page(String accountId, String cursor, int count) {
		return NEWEST_FIRST.after(this.jdbc, List.of(accountId), cursor, count, (row, n) -> map(row));
	}

	Optional<Notification> find(String accountId, String id) {
		return this.jdbc.sql("SELECT * FROM notification WHERE account_id = ? AND id = ?")
			.params(accountId, id)
			.query((row, n) -> map(row))
			.optional();
	}

	/** Marks it read, once: reading it again keeps the first time. */
	void markRead(String accountId, String id, Instant now) {
		this.jdbc.sql("UPDATE notification SET read_at = ? WHERE account_id = ? AND id = ? AND read_at IS NULL")
			.params(now.toEpochMilli(), accountId, id)
			.update();
	}

	void markAllRead(String accountId, Instant now) {
		this.jdbc.sql("UPDATE notification SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
			.params(now.toEpochMilli(), accountId)
			.update();
	}

	long unread(String accountId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = ? AND read_at IS NULL")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	private static Notification map(ResultSet row) throws SQLException {
		return new Notification(row.getString("id"), row.getString("kind"), row.getString("link"),
				Rows.instant(row, "planned_at"), Rows.instant(row, "created_at"), Rows.nullableInstant(row, "read_at"));
	}

}
