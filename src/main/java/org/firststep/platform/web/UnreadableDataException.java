package org.firststep.platform.web;

/**
 * A stored private value does not open with the person's key: it was damaged or moved.
 * FirstStep fails closed and shows nothing rather than garbage.
 */
public class UnreadableDataException extends RuntimeException {

	public UnreadableDataException() {
		super("a sealed value did not open", null, false, false);
	}

}
