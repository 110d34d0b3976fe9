package org.firststep.platform.web;

/** The credentials given do not open an account; the message key says so kindly. */
public class UnauthorizedException extends RuntimeException {

	private final String key;

	public UnauthorizedException(String key) {
		super(key, null, false, false);
		this.key = key;
	}

	public String key() {
		return this.key;
	}

}
