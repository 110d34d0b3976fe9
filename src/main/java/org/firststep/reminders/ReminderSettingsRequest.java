package org.firststep.reminders;

import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The whole of a person's reminder settings, as {@code /api/v1/reminders/settings} reads
 * and replaces them: every field is needed but {@code pausedUntil}, which is null or left
 * out when nothing is paused.
 */
record ReminderSettingsRequest(@NotNull(message = "{validation.required}") Boolean askDeadlines,
		@NotNull(message = "{validation.required}") Boolean askFollowUp,
		@NotNull(message = "{validation.required}") Boolean checkin,
		@NotNull(message = "{validation.required}") @Pattern(regexp = TIME,
				message = "{reminders.time}") String checkinTime,
		@NotNull(message = "{validation.required}") Boolean assessment,
		@NotNull(message = "{validation.required}") Boolean appointments,
		@NotNull(message = "{validation.required}") Boolean supporterAsks,
		@NotNull(message = "{validation.required}") Boolean supporterCheckin,
		@NotNull(message = "{validation.required}") Boolean supporterNews,
		@NotNull(message = "{validation.required}") Boolean email,
		@NotNull(message = "{validation.required}") @Valid QuietHours quietHours, Instant pausedUntil) {

	/** A time of day, {@code HH:mm}. */
	static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

	static ReminderSettingsRequest of(ReminderSettings settings) {
		return new ReminderSettingsRequest(settings.isOn(Setting.ASK_DEADLINES), settings.isOn(Setting.ASK_FOLLOW_UP),
				settings.isOn(Setting.CHECKIN), settings.checkinTime().toString(), settings.isOn(Setting.ASSESSMENT),
				settings.isOn(Setting.APPOINTMENTS), settings.isOn(Setting.SUPPORTER_ASKS),
				settings.isOn(Setting.SUPPORTER_CHECKIN), settings.isOn(Setting.SUPPORTER_NEWS), settings.email(),
				new QuietHours(settings.quietFrom().toString(), settings.quietTo().toString()), settings.pausedUntil());
	}

	ReminderSettings settings() {
		Set<Setting> on = EnumSet.noneOf(Setting.class);
		add(on, Setting.ASK_DEADLINES, this.askDeadlines);
		add(on, Setting.ASK_FOLLOW_UP, this.askFollowUp);
		add(on, Setting.CHECKIN, this.checkin);
		add(on, Setting.ASSESSMENT, this.assessment);
		add(on, Setting.APPOINTMENTS, this.appointments);
		add(on, Setting.SUPPORTER_ASKS, this.supporterAsks);
		add(on, Setting.SUPPORTER_CHECKIN, this.supporterCheckin);
		add(on, Setting.SUPPORTER_NEWS, this.supporterNews);
		return new ReminderSettings(on, LocalTime.parse(this.checkinTime), this.email,
				LocalTime.parse(this.quietHours.from()), LocalTime.parse(this.quietHours.to()), this.pausedUntil);
	}

	private static void add(Set<Setting> on, Setting setting, boolean chosen) {
		if (chosen) {
			on.add(setting);
		}
	}

	/**
	 * Quiet hours: reminders that fall between them wait until they end. The same time
	 * twice means none.
	 */
	record QuietHours(
			@NotNull(message = "{validation.required}") @Pattern(regexp = TIME,
					message = "{reminders.time}") String from,
			@NotNull(message = "{validation.required}") @Pattern(regexp = TIME,
					message = "{reminders.time}") String to) {
	}

}
