package org.firststep.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's clock: reminders keep their wall-clock time across the daylight-saving
 * changes of Europe (last Sundays of March and October) and the US (second Sunday of
 * March, first of November), and in a zone without them; quiet hours hold what falls in
 * them until they end.
 */
class ReminderClockTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@ParameterizedTest(name = "{0}: {1} at 19:00 then the next day")
	@CsvSource({ "Europe/Madrid, 2026-03-28", "Europe/Madrid, 2026-10-24", "America/New_York, 2026-03-07",
			"America/New_York, 2026-10-31", "Asia/Tokyo, 2026-03-28", "Australia/Sydney, 2026-04-04" })
	void aDailyReminderKeepsItsWallClockTimeAcrossAClockChange(String zoneId, LocalDate dayBefore) {
		ZoneId zone = ZoneId.of(zoneId);
		Instant first = Occurrences.nextDaily(LocalTime.of(19, 0), zone,
				ZonedDateTime.of(dayBefore, LocalTime.NOON, zone).toInstant());
		Instant second = Occurrences.nextDaily(LocalTime.of(19, 0), zone, first);
		Instant third = Occurrences.nextDaily(LocalTime.of(19, 0), zone, second);
		assertThat(LocalDateTime.ofInstant(first, zone)).isEqualTo(dayBefore.atTime(19, 0));
		assertThat(LocalDateTime.ofInstant(second, zone)).isEqualTo(dayBefore.plusDays(1).atTime(19, 0));
		assertThat(LocalDateTime.ofInstant(third, zone)).isEqualTo(dayBefore.plusDays(2).atTime(19, 0));
	}

	@Test
	void theDaysOfAClockChangeAreTwentyThreeAndTwentyFiveHoursLong() {
		Instant beforeSpring = Occurrences.at(LocalDate.of(2026, 3, 28), LocalTime.of(19, 0), MADRID);
		Instant afterSpring = Occurrences.nextDaily(LocalTime.of(19, 0), MADRID, beforeSpring);
		assertThat(java.time.Duration.between(beforeSpring, afterSpring).toHours()).isEqualTo(23);
		Instant beforeAutumn = Occurrences.at(LocalDate.of(2026, 10, 31), LocalTime.of(19, 0), NEW_YORK);
		Instant afterAutumn = Occurrences.nextDaily(LocalTime.of(19, 0), NEW_YORK, beforeAutumn);
		assertThat(java.time.Duration.between(beforeAutumn, afterAutumn).toHours()).isEqualTo(25);
		Instant tokyo = Occurrences.at(LocalDate.of(2026, 3, 28), LocalTime.of(19, 0), TOKYO);
		assertThat(
				java.time.Duration.between(tokyo, Occurrences.nextDaily(LocalTime.of(19, 0), TOKYO, tokyo)).toHours())
			.isEqualTo(24);
	}

	@Test
	void aTimeTheClocksSkipComesJustAfterTheJumpAndATimeTheyRepeatComesOnce() {
		// Europe/Madrid skips 02:00-03:00 on 2026-03-29 and repeats 02:00-03:00 on
		// 2026-10-25.
		Instant skipped = Occurrences.nextDaily(LocalTime.of(2, 30), MADRID,
				ZonedDateTime.of(LocalDate.of(2026, 3, 28), LocalTime.NOON, MADRID).toInstant());
		assertThat(LocalDateTime.ofInstant(skipped, MADRID)).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
		Instant repeated = Occurrences.nextDaily(LocalTime.of(2, 30), MADRID,
				ZonedDateTime.of(LocalDate.of(2026, 10, 24), LocalTime.NOON, MADRID).toInstant());
		Instant next = Occurrences.nextDaily(LocalTime.of(2, 30), MADRID, repeated);
		assertThat(LocalDateTime.ofInstant(repeated, MADRID)).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
		assertThat(LocalDateTime.ofInstant(next, MADRID)).isEqualTo(LocalDateTime.of(2026, 10, 26, 2, 30));
	}

	@Test
	void aWeeklyCheckInDayStaysOnItsDayAndHourAcrossTheUsChange() {
		Instant sunday = Occurrences.nextWeekly(DayOfWeek.SUNDAY, LocalTime.of(9, 0), NEW_YORK,
				ZonedDateTime.of(LocalDate.of(2026, 3, 2), LocalTime.NOON, NEW_YORK).toInstant());
		Instant following = Occurrences.nextWeekly(DayOfWeek.SUNDAY, LocalTime.of(9, 0), NEW_YORK, sunday);
		assertThat(LocalDateTime.ofInstant(sunday, NEW_YORK)).isEqualTo(LocalDateTime.of(2026, 3, 8, 9, 0));
		assertThat(LocalDateTime.ofInstant(following, NEW_YORK)).isEqualTo(LocalDateTime.of(2026, 3, 15, 9, 0));
	}

	@ParameterizedTest(name = "{0} at {1} is held until {2}")
	@CsvSource({ "Europe/Madrid, 2026-03-28T23:30, 2026-03-29T08:00",
			"Europe/Madrid, 2026-10-25T02:30, 2026-10-25T08:00", "America/New_York, 2026-03-08T01:30, 2026-03-08T08:00",
			"America/New_York, 2026-11-01T22:00, 2026-11-02T08:00", "Asia/Tokyo, 2026-06-01T07:59, 2026-06-01T08:00" })
	void quietHoursHoldAReminderUntilTheyEndInThePersonsZone(String zoneId, LocalDateTime at, LocalDateTime until) {
		ZoneId zone = ZoneId.of(zoneId);
		Instant held = ReminderSettings.DEFAULTS.quietUntil(at.atZone(zone).toInstant(), zone).orElseThrow();
		assertThat(LocalDateTime.ofInstant(held, zone)).isEqualTo(until);
	}

	@ParameterizedTest(name = "{0} is outside quiet hours")
	@CsvSource({ "2026-03-29T08:00", "2026-03-29T12:00", "2026-03-29T21:59" })
	void outsideQuietHoursNothingIsHeld(LocalDateTime at) {
		assertThat(ReminderSettings.DEFAULTS.quietUntil(at.atZone(MADRID).toInstant(), MADRID)).isEmpty();
	}

	@Test
	void quietHoursWithinOneDayAndNoQuietHoursAtAll() {
		ReminderSettings afternoon = new ReminderSettings(Set.of(), LocalTime.of(19, 0), true, LocalTime.of(13, 0),
				LocalTime.of(15, 0), null);
		assertThat(afternoon.quietUntil(LocalDateTime.of(2026, 6, 1, 14, 0).atZone(MADRID).toInstant(), MADRID))
			.contains(LocalDateTime.of(2026, 6, 1, 15, 0).atZone(MADRID).toInstant());
		assertThat(afternoon.quietUntil(LocalDateTime.of(2026, 6, 1, 23, 0).atZone(MADRID).toInstant(), MADRID))
			.isEmpty();
		ReminderSettings none = new ReminderSettings(Set.of(), LocalTime.of(19, 0), true, LocalTime.of(22, 0),
				LocalTime.of(22, 0), null);
		assertThat(none.quietUntil(LocalDateTime.of(2026, 6, 1, 23, 0).atZone(MADRID).toInstant(), MADRID)).isEmpty();
	}

	@Test
	void aMissedRepeatComesOnceAtItsNextTimeAfterNow() {
		ReminderSettings settings = ReminderSettings.DEFAULTS;
		Instant planned = Occurrences.at(LocalDate.of(2026, 3, 20), LocalTime.of(19, 0), MADRID);
		Instant now = Occurrences.at(LocalDate.of(2026, 3, 23), LocalTime.of(10, 0), MADRID);
		assertThat(Repeats.next(ReminderKind.CHECKIN, planned, settings, MADRID, now))
			.contains(Occurrences.at(LocalDate.of(2026, 3, 23), LocalTime.of(19, 0), MADRID));
		assertThat(Repeats.next(ReminderKind.ASSESSMENT, planned, settings, MADRID, now))
			.contains(Occurrences.at(LocalDate.of(2026, 4, 3), LocalTime.of(19, 0), MADRID));
		assertThat(Repeats.next(ReminderKind.ASK_SEND_BY, planned, settings, MADRID, now)).isEmpty();
	}

}
