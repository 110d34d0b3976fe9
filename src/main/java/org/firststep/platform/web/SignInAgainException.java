package org.firststep.platform.web;

/**
 * The request is signed in but cannot open the person's private data, for example because
 * the browser lost the cookie that unlocks it. Signing in again fixes it; nothing is
 * lost.
 */
public class SignInAgainException extends RuntimeException {

	public SignInAgainException() {
		super("the data key is not available", null, false, false);
	}

}
