package org.firststep.asks;

import java.util.Optional;

/**
 * What a supporter answered in the app to one of the person's asks, as the supporters
 * feature tells it. Asks only read it; they never depend on how it is kept.
 */
public interface SupporterAnswers {

	/** The supporter's answer, if they answered this ask in the app. */
	Optional<Answer> answerTo(String accountId, String askId);

	/**
	 * A supporter's answer.
	 *
	 * @param answer {@code yes}, {@code partly} or {@code cantNow}
	 * @param message their message, or null
	 */
	record Answer(String answer, String message) {
	}

}
