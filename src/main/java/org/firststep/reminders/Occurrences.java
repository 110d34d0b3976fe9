package org.firststep.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a reminder set for a time of day next comes, in the receiver's time zone. The
 * wall-clock time stays put across daylight-saving changes: on the day the clocks jump
 * over it, it comes just after the jump; on the day they fall back through it, it comes
 * once, at the earlier of the two.
 */
public final class Occurrences {

	private Occurrences() {
	}

	/** The first time of day strictly after {@code after}. */
	public static Instant nextDaily(LocalTime time, ZoneId zone, Instant after) {
		LocalDate day = LocalDate.ofInstant(after, zone);
		Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
		return candidate.isAfter(after) ? candidate : ZonedDateTime.of(day.plusDays(1), time, zone).toInstant();
	}

	/** The first such weekday and time strictly after {@code after}. */
	public static Instant nextWeekly(DayOfWeek weekday, LocalTime time, ZoneId zone, Instant after) {
		LocalDate day = LocalDate.ofInstant(after, zone).with(TemporalAdjusters.nextOrSame(weekday));
		Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
		return candidate.isAfter(after) ? candidate : ZonedDateTime.of(day.plusWeeks(1), time, zone).toInstant();
	}

	/** That time of day on that day, in the zone. */
	public static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
		return ZonedDateTime.of(day, time, zone).toInstant();
	}

}
