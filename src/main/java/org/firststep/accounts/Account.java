package org.firststep.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A person's account and profile.
 *
 * @param id opaque random id
 * @param email the sign-in address, lower-cased
 * @param displayName how FirstStep greets them; may be null
 * @param locale the language of the interface
 * @param timeZone where their days begin and end
 * @param country ISO 3166 alpha-2 code, for the crisis card; may be null
 * @param createdAt when the account was made
 */
public record Account(String id, String email, String displayName, Locale locale, ZoneId timeZone, String country,
		Instant createdAt) {

	/**
	 * The name to greet them by: the display name, else the part of the address before
	 * the @.
	 */
	public String greetingName() {
		if (this.displayName != null && !this.displayName.isBlank()) {
			return this.displayName;
		}
		int at = this.email.indexOf('@');
		return at > 0 ? this.email.substring(0, at) : this.email;
	}

}
