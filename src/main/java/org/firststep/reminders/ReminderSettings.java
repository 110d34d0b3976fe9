package org.firststep.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one person chose for their reminders.
 *
 * @param on the kinds switched on
 * @param checkinTime when the daily check-in reminder comes, in their time zone
 * @param email whether reminders also come by e-mail (the in-app list always has them)
 * @param quietFrom when quiet hours begin
 * @param quietTo when they end; equal to {@code quietFrom} for none
 * @param pausedUntil until when everything is paused, or null; {@link #FOREVER} until
 * turned back on
 */
public record ReminderSettings(Set<Setting> on, LocalTime checkinTime, boolean email, LocalTime quietFrom,
		LocalTime quietTo, Instant pausedUntil) {

	/** A pause until the person turns reminders back on. */
	public static final Instant FOREVER = Instant.parse("9999-12-31T00:00:00Z");

	static final LocalTime DEFAULT_CHECKIN_TIME = LocalTime.of(19, 0);

	static final ReminderSettings DEFAULTS = new ReminderSettings(defaultKinds(), DEFAULT_CHECKIN_TIME, true,
			LocalTime.of(22, 0), LocalTime.of(8, 0), null);

	public ReminderSettings {
		on = Set.copyOf(on);
	}

	public boolean isOn(Setting setting) {
		return this.on.contains(setting);
	}

	public boolean isPaused(Instant now) {
		return this.pausedUntil != null && now.isBefore(this.pausedUntil);
	}

	/**
	 * When quiet hours that hold {@code at} end, in the zone; empty when {@code at} is
	 * outside them. Hours that pass midnight (22:00 to 08:00) end the next morning. On a
	 * day whose clocks jump past the end, it is the first instant after the jump.
	 */
	public Optional<Instant> quietUntil(Instant at, ZoneId zone) {
		if (this.quietFrom.equals(this.quietTo)) {
			return Optional.empty();
		}
		LocalDateTime local = LocalDateTime.ofInstant(at, zone);
		LocalTime time = local.toLocalTime();
		boolean overnight = this.quietFrom.isAfter(this.quietTo);
		boolean quiet = overnight ? (!time.isBefore(this.quietFrom) || time.isBefore(this.quietTo))
				: (!time.isBefore(this.quietFrom) && time.isBefore(this.quietTo));
		if (!quiet) {
			return Optional.empty();
		}
		LocalDate endDay = (overnight && !time.isBefore(this.quietFrom)) ? local.toLocalDate().plusDays(1)
				: local.toLocalDate();
		return Optional.of(ZonedDateTime.of(endDay, this.quietTo, zone).toInstant());
	}

	private static Set<Setting> defaultKinds() {
		Set<Setting> kinds = EnumSet.noneOf(Setting.class);
		for (Setting setting : Setting.values()) {
			if (setting.onByDefault()) {
				kinds.add(setting);
			}
		}
		return kinds;
	}

}
