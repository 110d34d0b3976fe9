package org.firststep.supporters;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.OneOf;

/**
 * A supporter's answer to an ask, as the API and the supporter's page send it.
 *
 * @param answer {@code yes}, {@code partly} or {@code cantNow}
 * @param message an optional message
 */
record AnswerRequest(
		@NotNull(message = "{supporting.answer.missing}") @OneOf(value = SupporterAnswer.class,
				message = "{supporters.answer}") String answer,
		@Size(max = 2000, message = "{supporters.message.tooLong}") String message) {
}
