package org.firststep.asks;

import java.time.Instant;

/**
 * An ask as the ladder page shows it: who, how big, how it went, all in the clear, and
 * the dread it is ordered by, the one sealed value it opens.
 *
 * @param id opaque id
 * @param personId who is asked; null if they were removed from the network
 * @param size how big
 * @param status where it stands
 * @param outcome how it went, once answered
 * @param dread how much the person dreaded it, 0 to 10; null when not rated, and for a
 * cancelled ask, which the ladder leaves out
 * @param createdAt when it was written
 */
public record AskRung(String id, String personId, Size size, AskStatus status, Outcome outcome, Integer dread,
		Instant createdAt) implements Ladder.Rung {
}
