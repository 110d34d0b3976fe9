package org.firststep.asks;

import org.firststep.people.Need;

/**
 * An ask as a list shows it: who, what for, how big and where it stands, all in the
 * clear, with only the one sealed value the rejection gap counts. A list read this way
 * opens no message, note or feeling it does not show.
 *
 * @param id opaque id
 * @param personId who is asked; null if they were removed from the network
 * @param need what for
 * @param size how big
 * @param status where it stands
 * @param outcome how it went, once answered
 * @param predictedYes the predicted chance of a yes, 0 to 100, once the ask is answered
 * (what the gap counts); null before, or when skipped
 */
public record AskOutline(String id, String personId, Need need, Size size, AskStatus status, Outcome outcome,
		Integer predictedYes) {

	static AskOutline of(Ask ask) {
		return new AskOutline(ask.id(), ask.personId(), ask.need(), ask.size(), ask.status(), ask.outcome(),
				(ask.outcome() != null) ? ask.predictedYes() : null);
	}

	/** Whether it is still waiting to go out. */
	public boolean isOpen() {
		return this.status.isOpen();
	}

}
