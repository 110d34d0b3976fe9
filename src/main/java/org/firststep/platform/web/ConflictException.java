package org.firststep.platform.web;

/** The request clashes with the current state; the message key says how. */
public class ConflictException extends RuntimeException {

	private final String key;

	public ConflictException(String key) {
		super(key, null, false, false);
		this.key = key;
	}

	public String key() {
		return this.key;
	}

}
