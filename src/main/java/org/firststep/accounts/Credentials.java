package org.firststep.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address and password, from the sign-in form or
 * {@code POST /api/v1/auth/tokens}.
 *
 * @param email the sign-in address
 * @param password the password
 * @param name an optional label for an API token ("my script")
 */
public record Credentials(@NotBlank(message = "{validation.email.required}") String email,
		@NotEmpty(message = "{validation.password.required}") String password,
		@Size(max = 80, message = "{validation.tokenName.tooLong}") String name) {

	public Credentials {
		password = TypedPassword.nfc(password);
	}

	static Credentials empty() {
		return new Credentials(null, null, null);
	}

}
