package org.firststep.checkins;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One day's check-in.
 *
 * @param id the id
 * @param day the person's local date
 * @param mood 0 (the worst) to 10 (the best)
 * @param energy 0 to 10, or null
 * @param sleepHours hours slept, or null
 * @param signs signs of pulling away noticed that day
 * @param note a private note, or null
 * @param updatedAt when it was last saved
 */
public record Checkin(String id, LocalDate day, int mood, Integer energy, Double sleepHours, Set<Sign> signs,
		String note, Instant updatedAt) {

	/** A mood this low brings help forward, gently. */
	public static final int VERY_LOW = 2;

	public boolean isVeryLow() {
		return this.mood <= VERY_LOW;
	}

	public boolean has(Sign sign) {
		return this.signs.contains(sign);
	}

}
