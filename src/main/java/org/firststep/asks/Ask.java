package org.firststep.asks;

import java.time.Instant;

import org.firststep.people.Need;

/**
 * One request to one person or service for one need.
 *
 * @param id opaque id
 * @param personId who is asked; null if they were removed from the network
 * @param need what for
 * @param size how big
 * @param message the words, as the person wrote them
 * @param channel how it goes out, or null
 * @param predictedYes the predicted chance of a yes, 0 to 100, or null when skipped
 * @param dread how much it is dreaded, 0 to 10, or null when skipped
 * @param sendBy the deadline the person set themselves, or null
 * @param accountabilityPersonId who checks they did it, or null
 * @param backupPersonId who to ask if this goes badly, or null
 * @param status where it stands
 * @param outcome how it went, once answered
 * @param feelingAfter how it felt afterwards, 0 to 10, or null
 * @param outcomeNote a note on how it went, or null
 * @param sentAt when it was sent
 * @param answeredAt when the outcome was recorded
 * @param createdAt when the ask was made
 * @param sharedWithPartner whether the accountability partner, when they are a supporter,
 * may read the ask's words in the app
 */
public record Ask(String id, String personId, Need need, Size size, String message, AskChannel channel,
		Integer predictedYes, Integer dread, Instant sendBy, String accountabilityPersonId, String backupPersonId,
		AskStatus status, Outcome outcome, Integer feelingAfter, String outcomeNote, Instant sentAt, Instant answeredAt,
		Instant createdAt, boolean sharedWithPartner) implements Ladder.Rung {

	/** An ask whose words its partner may not read. */
	public Ask(String id, String personId, Need need, Size size, String message, AskChannel channel,
			Integer predictedYes, Integer dread, Instant sendBy, String accountabilityPersonId, String backupPersonId,
			AskStatus status, Outcome outcome, Integer feelingAfter, String outcomeNote, Instant sentAt,
			Instant answeredAt, Instant createdAt) {
		this(id, personId, need, size, message, channel, predictedYes, dread, sendBy, accountabilityPersonId,
				backupPersonId, status, outcome, feelingAfter, outcomeNote, sentAt, answeredAt, createdAt, false);
	}

	/** Whether it is still waiting to go out. */
	public boolean isOpen() {
		return this.status.isOpen();
	}

	Ask withStatus(AskStatus newStatus, Instant sent) {
		return new Ask(this.id, this.personId, this.need, this.size, this.message, this.channel, this.predictedYes,
				this.dread, this.sendBy, this.accountabilityPersonId, this.backupPersonId, newStatus, this.outcome,
				this.feelingAfter, this.outcomeNote, sent, this.answeredAt, this.createdAt, this.sharedWithPartner);
	}

	Ask withOutcome(Outcome newOutcome, Integer feeling, String note, Instant answered) {
		return new Ask(this.id, this.personId, this.need, this.size, this.message, this.channel, this.predictedYes,
				this.dread, this.sendBy, this.accountabilityPersonId, this.backupPersonId, AskStatus.ANSWERED,
				newOutcome, feeling, note, (this.sentAt != null) ? this.sentAt : answered, answered, this.createdAt,
				this.sharedWithPartner);
	}

}
