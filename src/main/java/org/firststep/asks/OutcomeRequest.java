package org.firststep.asks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.OneOf;

/**
 * How an ask went, from the page or {@code POST /api/v1/asks/{id}/outcome}.
 *
 * @param outcome {@code yes}, {@code partly}, {@code no} or {@code noReply}
 * @param feelingAfter how it felt afterwards, 0 to 10, optional
 * @param note a note, optional
 */
record OutcomeRequest(
		@NotBlank(message = "{asks.outcome.required}") @OneOf(value = Outcome.class,
				message = "{asks.outcome.required}") String outcome,
		@Min(value = 0, message = "{asks.feeling}") @Max(value = 10, message = "{asks.feeling}") Integer feelingAfter,
		@Size(max = 4000, message = "{asks.note.tooLong}") String note) {

	static OutcomeRequest empty() {
		return new OutcomeRequest(null, null, null);
	}

}
