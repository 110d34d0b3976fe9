package org.firststep.reminders;

import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;

/**
 * The person's reminder settings in their export and import. A fresh start removes them
 * with the schedule, the in-app list and the calendar address: what they pointed at is
 * gone, and the address was sealed under the old key.
 */
@Component
class ReminderData implements PersonalData {

	private final ReminderSettingsRepository settings;

	private final JdbcClient jdbc;

	ReminderData(ReminderSettingsRepository settings, JdbcClient jdbc) {
		this.settings = settings;
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "reminders";
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		if (!this.settings.exists(accountId)) {
			return List.of();
		}
		ReminderSettings chosen = this.settings.find(accountId);
		Map<String, Object> row = new LinkedHashMap<>();
		for (Setting setting : Setting.values()) {
			row.put(setting.apiName(), chosen.isOn(setting));
		}
		row.put("checkinTime", chosen.checkinTime().toString());
		row.put("email", chosen.email());
		row.put("quietFrom", chosen.quietFrom().toString());
		row.put("quietTo", chosen.quietTo().toString());
		row.put("pausedUntil", (chosen.pausedUntil() != null) ? chosen.pausedUntil().toString() : null);
		return List.of(row);
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			ReminderSettings restored;
			try {
				Set<Setting> on = EnumSet.noneOf(Setting.class);
				for (Setting setting : Setting.values()) {
					if (Boolean.TRUE.equals(row.get(setting.apiName()))) {
						on.add(setting);
					}
				}
				Object paused = row.get("pausedUntil");
				Instant pausedUntil = (paused != null) ? StorableTime.instant(paused.toString()) : null;
				restored = new ReminderSettings(on, LocalTime.parse(row.get("checkinTime").toString()),
						Boolean.TRUE.equals(row.get("email")), LocalTime.parse(row.get("quietFrom").toString()),
						LocalTime.parse(row.get("quietTo").toString()), pausedUntil);
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.reminders", "import.data"));
			}
			this.settings.save(accountId, restored);
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return !this.settings.exists(accountId);
	}

	@Override
	public void erase(String accountId) {
		for (String table : List.of("reminder", "notification", "reminder_settings", "calendar_feed")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE account_id = ?").param(accountId).update();
		}
	}

}
