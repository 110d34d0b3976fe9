package org.firststep.supporters;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

import org.firststep.asks.Outcome;
import org.firststep.platform.web.ApiNamed;

/**
 * A supporter's one-tap answer to an ask, with the word stored in the sealed answer copy
 * and shown in the API: {@code yes}, {@code partly} or {@code cantNow}, which the
 * person's ask records as a no.
 */
public enum SupporterAnswer implements ApiNamed {

	YES("yes", Outcome.YES), PARTLY("partly", Outcome.PARTLY), CANT_NOW("cantNow", Outcome.NO);

	private final String apiName;

	private final Outcome outcome;

	SupporterAnswer(String apiName, Outcome outcome) {
		this.apiName = apiName;
		this.outcome = outcome;
	}

	@Override
	@JsonValue
	public String apiName() {
		return this.apiName;
	}

	/** What the person's ask gets as its outcome. */
	Outcome outcome() {
		return this.outcome;
	}

	/**
	 * The answer sent or stored as this word.
	 * @throws IllegalArgumentException for a word that is no answer; the word is left out
	 * of the message, as a stored one was sealed
	 */
	static SupporterAnswer of(String apiName) {
		return Arrays.stream(values())
			.filter((answer) -> answer.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown supporter answer"));
	}

}
