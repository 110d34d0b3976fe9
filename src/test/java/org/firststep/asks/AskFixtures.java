package org.firststep.asks;

import java.time.Instant;

import org.firststep.people.Need;

/** Asks for the unit tests, built field by field. */
final class AskFixtures {

	private static int counter;

	private AskFixtures() {
	}

	static Ask ask(Size size, Integer dread, Integer predictedYes, Outcome outcome) {
		counter++;
		return new Ask("ask-" + counter, "person", Need.LISTENING, size, "message", AskChannel.SMS, predictedYes, dread,
				null, null, null, (outcome != null) ? AskStatus.ANSWERED : AskStatus.PLANNED, outcome, null, null, null,
				null, Instant.ofEpochSecond(counter));
	}

	static Ask cancelled(Size size) {
		return ask(size, 1, null, null).withStatus(AskStatus.CANCELLED, null);
	}

}
