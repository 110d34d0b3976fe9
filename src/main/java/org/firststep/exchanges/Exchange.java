package org.firststep.exchanges;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One act of help, given or received.
 *
 * @param id the id
 * @param direction {@code given} or {@code received}
 * @param personId with whom
 * @param what what it was
 * @param day when
 * @param createdAt when it was noted
 */
public record Exchange(String id, String direction, String personId, String what, LocalDate day, Instant createdAt) {

	public static final String GIVEN = "given";

	public static final String RECEIVED = "received";

	public boolean given() {
		return GIVEN.equals(this.direction);
	}

}
