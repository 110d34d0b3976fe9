package org.firststep.accounts;

import jakarta.validation.constraints.NotBlank;

import org.firststep.platform.web.CountryCode;
import org.firststep.platform.web.EmailAddress;
import org.firststep.platform.web.LanguageTag;
import org.firststep.platform.web.TimeZoneId;

/**
 * What a person gives to make an account, from the sign-up form or the API. Language,
 * time zone and country are optional: the browser's settings fill them in.
 *
 * @param email the sign-in address
 * @param password at least 12 characters, not a common password
 * @param displayName how FirstStep greets them
 * @param locale {@code en} or {@code es}
 * @param timeZone an IANA time zone
 * @param country an ISO 3166 alpha-2 code
 */
public record SignUp(@NotBlank(message = "{validation.email.required}") @EmailAddress String email,
		@AcceptablePassword String password, @DisplayName String displayName, @LanguageTag String locale,
		@TimeZoneId String timeZone, @CountryCode String country) {

	public SignUp {
		password = TypedPassword.nfc(password);
	}

	static SignUp empty() {
		return new SignUp(null, null, null, null, null, null);
	}

}
