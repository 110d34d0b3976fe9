package org.firststep.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * Starting afresh without password or recovery code: a new password, and the person's
 * word that they understand their private data will be erased.
 *
 * @param newPassword the password to use from now on
 * @param understood that they read what will be erased
 */
public record FreshStart(@AcceptablePassword String newPassword, @NotNull(
		message = "{reset.mustUnderstand}") @AssertTrue(message = "{reset.mustUnderstand}") Boolean understood) {

	public FreshStart {
		newPassword = TypedPassword.nfc(newPassword);
	}

	static FreshStart empty() {
		return new FreshStart(null, false);
	}

}
