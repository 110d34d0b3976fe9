package org.firststep.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The next time of the reminders that repeat: the daily check-in at the person's chosen
 * time, the two-week check, and a supporter's weekly check-in day. A time missed while
 * the server was down is not made up for more than once: the next one is the first after
 * now.
 */
final class Repeats {

	static final Duration ASSESSMENT_EVERY = Duration.ofDays(14);

	static final LocalTime SUPPORTER_RHYTHM_TIME = LocalTime.of(9, 0);

	static final LocalTime ASSESSMENT_TIME = LocalTime.of(10, 0);

	private Repeats() {
	}

	static Optional<Instant> next(ReminderKind kind, Instant planned, ReminderSettings settings, ZoneId zone,
			Instant now) {
		Instant after = planned.isAfter(now) ? planned : now;
		return switch (kind) {
			case CHECKIN -> Optional.of(Occurrences.nextDaily(settings.checkinTime(), zone, after));
			case SUPPORTER_RHYTHM -> Optional
				.of(Occurrences.nextWeekly(planned.atZone(zone).getDayOfWeek(), SUPPORTER_RHYTHM_TIME, zone, after));
			case ASSESSMENT -> {
				ZonedDateTime next = planned.atZone(zone).plusDays(ASSESSMENT_EVERY.toDays());
				while (!next.toInstant().isAfter(now)) {
					next = next.plusDays(ASSESSMENT_EVERY.toDays());
				}
				yield Optional.of(next.toInstant());
			}
			default -> Optional.empty();
		};
	}

}
