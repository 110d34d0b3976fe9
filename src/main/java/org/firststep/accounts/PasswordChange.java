package org.firststep.accounts;

import jakarta.validation.constraints.NotEmpty;

/**
 * A new password, with the current one as proof.
 *
 * @param currentPassword the password in use now
 * @param newPassword the new one
 */
public record PasswordChange(@NotEmpty(message = "{validation.password.required}") String currentPassword,
		@AcceptablePassword String newPassword) {

	public PasswordChange {
		currentPassword = TypedPassword.nfc(currentPassword);
		newPassword = TypedPassword.nfc(newPassword);
	}

}
