package org.firststep.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.firststep.platform.persistence.Rows;
import org.firststep.platform.security.SecretTokens;

/** Each person's reminder settings; no row means the defaults. */
@Repository
class ReminderSettingsRepository {

	private static final String COLUMNS = Stream.of(Setting.values())
		.map(Setting::column)
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderSettingsRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	ReminderSettings find(String accountId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", checkin_time, email, quiet_from, quiet_to, paused_until"
					+ " FROM reminder_settings WHERE account_id = ?")
			.param(accountId)
			.query((row, n) -> map(row))
			.optional()
			.orElse(ReminderSettings.DEFAULTS);
	}

	void save(String accountId, ReminderSettings settings) {
		String key = unsubscribeKey(accountId).orElseGet(SecretTokens::newToken);
		StringBuilder values = new StringBuilder();
		StringBuilder updates = new StringBuilder();
		List<Object> params = new ArrayList<>();
		params.add(accountId);
		for (Setting setting : Setting.values()) {
			values.append(", ?");
			updates.append(setting.column()).append(" = excluded.").append(setting.column()).append(", ");
			params.add(settings.isOn(setting) ? 1 : 0);
		}
		params.add(settings.checkinTime().toString());
		params.add(settings.email() ? 1 : 0);
		params.add(settings.quietFrom().toSecondOfDay() / 60);
		params.add(settings.quietTo().toSecondOfDay() / 60);
		params.add((settings.pausedUntil() != null) ? settings.pausedUntil().toEpochMilli() : null);
		params.add(key);
		params.add(this.clock.millis());
		this.jdbc
			.sql("INSERT INTO reminder_settings (account_id, " + COLUMNS + ", checkin_time, email, quiet_from,"
					+ " quiet_to, paused_until, unsubscribe_key, updated_at) VALUES (?" + values
					+ ", ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET " + updates
					+ "checkin_time = excluded.checkin_time, email = excluded.email,"
					+ " quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to,"
					+ " paused_until = excluded.paused_until, updated_at = excluded.updated_at")
			.params(params)
			.update();
	}

	boolean exists(String accountId) {
		return unsubscribeKey(accountId).isPresent();
	}

	/**
	 * The key of the person's unsubscribe links, made with their first saved settings.
	 */
	String unsubscribeKeyFor(String accountId) {
		return unsubscribeKey(accountId).orElseGet(() -> {
			save(accountId, find(accountId));
			return unsubscribeKey(accountId).orElseThrow();
		});
	}

	Optional<String> accountOfUnsubscribeKey(String key) {
		return this.jdbc.sql("SELECT account_id FROM reminder_settings WHERE unsubscribe_key = ?")
			.param(key)
			.query(String.class)
			.optional();
	}

	private Optional<String> unsubscribeKey(String accountId) {
		return this.jdbc.sql("SELECT unsubscribe_key FROM reminder_settings WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	private static ReminderSettings map(ResultSet row) throws SQLException {
		Set<Setting> on = EnumSet.noneOf(Setting.class);
		for (Setting setting : Setting.values()) {
			if (row.getInt(setting.column()) == 1) {
				on.add(setting);
			}
		}
		return new ReminderSettings(on, LocalTime.parse(row.getString("checkin_time")), row.getInt("email") == 1,
				LocalTime.ofSecondOfDay(row.getInt("quiet_from") * 60L),
				LocalTime.ofSecondOfDay(row.getInt("quiet_to") * 60L), Rows.nullableInstant(row, "paused_until"));
	}

}
