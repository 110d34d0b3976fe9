package org.firststep.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.firststep.asks.Ask;
import org.firststep.assessments.Assessment;
import org.firststep.checkins.Checkin;

/**
 * What the rules look at, gathered once: so that the rules are pure functions that tests
 * can feed with any history.
 *
 * @param today the person's local date
 * @param now the instant
 * @param checkins check-ins, newest first
 * @param assessments self-assessments, newest first
 * @param asks asks, newest first
 * @param crisisLanguageLately whether words written in the last 14 days spoke of
 * self-harm or suicide
 */
record History(LocalDate today, Instant now, List<Checkin> checkins, List<Assessment> assessments, List<Ask> asks,
		boolean crisisLanguageLately) {

	/** Check-ins of the last {@code days} days, today included. */
	List<Checkin> checkinsInLast(int days) {
		LocalDate from = this.today.minusDays(days - 1L);
		return this.checkins.stream().filter((checkin) -> !checkin.day().isBefore(from)).toList();
	}

}
