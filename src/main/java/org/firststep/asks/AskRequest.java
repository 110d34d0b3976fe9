package org.firststep.asks;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;

import org.firststep.people.Need;
import org.firststep.platform.web.OneOf;

/**
 * An ask as the API takes it: {@code personId}, {@code need} and {@code size} on
 * {@code POST}; any field on {@code PATCH}, where a field left out keeps its value.
 *
 * @param personId who is asked
 * @param need what for
 * @param size how big
 * @param message the words
 * @param channel {@code sms}, {@code call}, {@code email}, {@code inPerson},
 * {@code inApp} or {@code other}
 * @param predictedYes 0 to 100
 * @param dread 0 to 10
 * @param sendBy the deadline, an instant
 * @param accountabilityPersonId who checks they did it
 * @param backupPersonId who to ask if it goes badly
 * @param shareWithPartner whether the partner, when they are a supporter, may read the
 * words in the app
 */
record AskRequest(@NotBlank(groups = Adding.class, message = "{asks.person.required}") String personId,
		@NotBlank(groups = Adding.class, message = "{asks.need.required}") @OneOf(value = Need.class,
				message = "{asks.need}") String need,
		@NotBlank(groups = Adding.class, message = "{asks.size.required}") @OneOf(value = Size.class,
				message = "{asks.size}") String size,
		@AskMessage String message, @OneOf(value = AskChannel.class, message = "{asks.channel}") String channel,
		@PredictedYes Integer predictedYes, @Dread Integer dread, Instant sendBy, String accountabilityPersonId,
		String backupPersonId, Boolean shareWithPartner) {

	/** The validation group of fields required only when making an ask. */
	interface Adding {

	}

	/** The request over what is stored: a field left out keeps its value. */
	AskInput over(Ask current) {
		return new AskInput(pick(this.personId, (current != null) ? current.personId() : null),
				Need.of(pick(this.need, (current != null) ? current.need().apiName() : null)).orElseThrow(),
				Size.of(pick(this.size, (current != null) ? current.size().apiName() : null)).orElseThrow(),
				pick(this.message, (current != null) ? current.message() : null),
				pick(this.channel, (current != null) ? AskChannel.apiNameOf(current.channel()) : null),
				(this.predictedYes != null) ? this.predictedYes : (current != null) ? current.predictedYes() : null,
				(this.dread != null) ? this.dread : (current != null) ? current.dread() : null,
				(this.sendBy != null) ? this.sendBy : (current != null) ? current.sendBy() : null,
				blankToNull(
						pick(this.accountabilityPersonId, (current != null) ? current.accountabilityPersonId() : null)),
				blankToNull(pick(this.backupPersonId, (current != null) ? current.backupPersonId() : null)),
				(this.shareWithPartner != null) ? this.shareWithPartner
						: current != null && current.sharedWithPartner());
	}

	private static String pick(String given, String current) {
		return (given != null) ? given : current;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
