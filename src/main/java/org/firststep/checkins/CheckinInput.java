package org.firststep.checkins;

import java.time.LocalDate;
import java.util.Set;

/**
 * A check-in as given, checked.
 *
 * @param day the day, or null for today in the person's time zone
 * @param mood 0 to 10
 * @param energy 0 to 10, or null
 * @param sleepHours 0 to 24, or null
 * @param signs the signs
 * @param note the note, or null
 */
public record CheckinInput(LocalDate day, int mood, Integer energy, Double sleepHours, Set<Sign> signs, String note) {
}
