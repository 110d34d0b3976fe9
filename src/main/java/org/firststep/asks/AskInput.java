package org.firststep.asks;

import java.time.Instant;

import org.firststep.people.Need;

/**
 * An ask to save, already checked by the page or the API request it came from.
 *
 * @param personId who is asked
 * @param need what for
 * @param size how big
 * @param message the words
 * @param channel how it goes out, or null
 * @param predictedYes 0 to 100, or null when skipped
 * @param dread 0 to 10, or null when skipped
 * @param sendBy the deadline, or null
 * @param accountabilityPersonId who checks they did it, or null
 * @param backupPersonId who to ask if it goes badly, or null
 * @param sendByDayOnly whether the person gave a day without a time: the reminder then
 * comes in the morning of that day rather than at the deadline
 * @param shareWithPartner whether the partner, when they are a supporter, may read the
 * ask's words in the app
 */
public record AskInput(String personId, Need need, Size size, String message, String channel, Integer predictedYes,
		Integer dread, Instant sendBy, String accountabilityPersonId, String backupPersonId, boolean sendByDayOnly,
		boolean shareWithPartner) {

	/** A deadline given as an instant, as the API and an import give it. */
	public AskInput(String personId, Need need, Size size, String message, String channel, Integer predictedYes,
			Integer dread, Instant sendBy, String accountabilityPersonId, String backupPersonId,
			boolean shareWithPartner) {
		this(personId, need, size, message, channel, predictedYes, dread, sendBy, accountabilityPersonId,
				backupPersonId, false, shareWithPartner);
	}

}
