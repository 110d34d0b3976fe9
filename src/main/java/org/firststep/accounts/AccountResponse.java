package org.firststep.accounts;

import java.time.Instant;

/**
 * An account as the API shows it.
 *
 * @param id the account's id
 * @param email the sign-in address
 * @param displayName how FirstStep greets them
 * @param locale {@code en} or {@code es}
 * @param timeZone an IANA time zone
 * @param country an ISO 3166 alpha-2 code
 * @param createdAt when the account was made
 */
record AccountResponse(String id, String email, String displayName, String locale, String timeZone, String country,
		Instant createdAt) {

	static AccountResponse of(Account account) {
		return new AccountResponse(account.id(), account.email(), account.displayName(), account.locale().getLanguage(),
				account.timeZone().getId(), account.country(), account.createdAt());
	}

}
