package org.firststep.accounts;

import jakarta.validation.constraints.NotBlank;

/**
 * Signing in with the recovery code, from the page or {@code POST /api/v1/auth/recover}.
 *
 * @param email the sign-in address
 * @param recoveryCode the code shown at sign-up
 * @param newPassword the password to use from now on
 */
public record Recovery(@NotBlank(message = "{validation.email.required}") String email,
		@NotBlank(message = "{validation.recoveryCode.required}") String recoveryCode,
		@AcceptablePassword String newPassword) {

	public Recovery {
		newPassword = TypedPassword.nfc(newPassword);
	}

	static Recovery empty() {
		return new Recovery(null, null, null);
	}

}
