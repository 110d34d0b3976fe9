package org.firststep.accounts;

import jakarta.validation.constraints.NotEmpty;

/**
 * The password, asked again before something that cannot be undone.
 *
 * @param password the current password
 */
public record PasswordConfirmation(@NotEmpty(message = "{validation.password.required}") String password) {

	public PasswordConfirmation {
		password = TypedPassword.nfc(password);
	}

}
