package org.firststep.asks;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/**
 * An ask as the API shows it.
 *
 * @param id the id
 * @param personId who is asked
 * @param need what for
 * @param size how big
 * @param message the words
 * @param channel how it goes out
 * @param predictedYes the predicted chance of a yes, 0 to 100
 * @param dread how much it is dreaded, 0 to 10
 * @param sendBy the deadline
 * @param accountabilityPersonId who checks they did it
 * @param backupPersonId who to ask if it goes badly
 * @param status draft, planned, sent, answered or cancelled
 * @param outcome yes, partly, no or noReply
 * @param feelingAfter how it felt afterwards, 0 to 10
 * @param note the note on how it went
 * @param sentAt when it was sent
 * @param answeredAt when the outcome was recorded
 * @param createdAt when it was made
 * @param shareWithPartner whether the partner, when they are a supporter, may read the
 * words in the app
 * @param safetyConcern on a save, whether the safety net noticed anything in what was
 * written (true at both levels); absent on reads
 * @param safetyLevel on a save, {@code none}, {@code concern} (a strong risk signal such
 * as feeling a burden) or {@code crisis} (words of self-harm or suicide); absent on reads
 */
record AskResponse(String id, String personId, String need, String size, String message, String channel,
		Integer predictedYes, Integer dread, Instant sendBy, String accountabilityPersonId, String backupPersonId,
		String status, String outcome, Integer feelingAfter, String note, Instant sentAt, Instant answeredAt,
		Instant createdAt, boolean shareWithPartner, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean safetyConcern,
		@JsonInclude(JsonInclude.Include.NON_NULL) String safetyLevel) {

	static AskResponse of(Ask ask) {
		return of(ask, null);
	}

	static AskResponse saved(Ask ask, CrisisLanguage crisisLanguage) {
		return of(ask, crisisLanguage.level(ask.message(), ask.outcomeNote()));
	}

	/** The ask after a save, with the level already found for its message and note. */
	static AskResponse saved(Ask ask, SafetyLevel safety) {
		return of(ask, safety);
	}

	private static AskResponse of(Ask ask, SafetyLevel safety) {
		return new AskResponse(ask.id(), ask.personId(), ask.need().apiName(), ask.size().apiName(), ask.message(),
				AskChannel.apiNameOf(ask.channel()), ask.predictedYes(), ask.dread(), ask.sendBy(),
				ask.accountabilityPersonId(), ask.backupPersonId(), ask.status().apiName(),
				(ask.outcome() != null) ? ask.outcome().apiName() : null, ask.feelingAfter(), ask.outcomeNote(),
				ask.sentAt(), ask.answeredAt(), ask.createdAt(), ask.sharedWithPartner(),
				(safety != null) ? safety.raised() : null, (safety != null) ? safety.apiName() : null);
	}

}
