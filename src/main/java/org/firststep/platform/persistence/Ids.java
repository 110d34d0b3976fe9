package org.firststep.platform.persistence;

import java.util.UUID;

/**
 * Opaque random identifiers: never sequential, so an id says nothing about how many rows
 * exist or who made them.
 */
public final class Ids {

	private Ids() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** Whether the text has the shape of an id, so malformed ids can answer 404 early. */
	public static boolean looksLikeId(String text) {
		if (text == null || text.length() != 36) {
			return false;
		}
		try {
			UUID.fromString(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
