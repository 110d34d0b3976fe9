package org.firststep.reminders;

import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The reminder settings page's form: a box per kind (a box left empty sends nothing), the
 * daily check-in's time, e-mail, and quiet hours.
 */
record ReminderForm(Boolean askDeadlines, Boolean askFollowUp, Boolean checkin,
		@NotBlank(message = "{reminders.time}") @Pattern(regexp = ReminderSettingsRequest.TIME,
				message = "{reminders.time}") String checkinTime,
		Boolean assessment, Boolean appointments, Boolean supporterAsks, Boolean supporterCheckin,
		Boolean supporterNews, Boolean email,
		@NotBlank(message = "{reminders.time}") @Pattern(regexp = ReminderSettingsRequest.TIME,
				message = "{reminders.time}") String quietFrom,
		@NotBlank(message = "{reminders.time}") @Pattern(regexp = ReminderSettingsRequest.TIME,
				message = "{reminders.time}") String quietTo) {

	static ReminderForm of(ReminderSettings settings) {
		return new ReminderForm(settings.isOn(Setting.ASK_DEADLINES), settings.isOn(Setting.ASK_FOLLOW_UP),
				settings.isOn(Setting.CHECKIN), settings.checkinTime().toString(), settings.isOn(Setting.ASSESSMENT),
				settings.isOn(Setting.APPOINTMENTS), settings.isOn(Setting.SUPPORTER_ASKS),
				settings.isOn(Setting.SUPPORTER_CHECKIN), settings.isOn(Setting.SUPPORTER_NEWS), settings.email(),
				settings.quietFrom().toString(), settings.quietTo().toString());
	}

	/** The settings to save, keeping the pause as it is. */
	ReminderSettings settings(Instant pausedUntil) {
		Set<Setting> on = EnumSet.noneOf(Setting.class);
		add(on, Setting.ASK_DEADLINES, this.askDeadlines);
		add(on, Setting.ASK_FOLLOW_UP, this.askFollowUp);
		add(on, Setting.CHECKIN, this.checkin);
		add(on, Setting.ASSESSMENT, this.assessment);
		add(on, Setting.APPOINTMENTS, this.appointments);
		add(on, Setting.SUPPORTER_ASKS, this.supporterAsks);
		add(on, Setting.SUPPORTER_CHECKIN, this.supporterCheckin);
		add(on, Setting.SUPPORTER_NEWS, this.supporterNews);
		return new ReminderSettings(on, LocalTime.parse(this.checkinTime), Boolean.TRUE.equals(this.email),
				LocalTime.parse(this.quietFrom), LocalTime.parse(this.quietTo), pausedUntil);
	}

	/** Whether the box for this kind is ticked. */
	boolean isOn(Setting setting) {
		return Boolean.TRUE.equals(switch (setting) {
			case ASK_DEADLINES -> this.askDeadlines;
			case ASK_FOLLOW_UP -> this.askFollowUp;
			case CHECKIN -> this.checkin;
			case ASSESSMENT -> this.assessment;
			case APPOINTMENTS -> this.appointments;
			case SUPPORTER_ASKS -> this.supporterAsks;
			case SUPPORTER_CHECKIN -> this.supporterCheckin;
			case SUPPORTER_NEWS -> this.supporterNews;
		});
	}

	private static void add(Set<Setting> on, Setting setting, Boolean ticked) {
		if (Boolean.TRUE.equals(ticked)) {
			on.add(setting);
		}
	}

}
