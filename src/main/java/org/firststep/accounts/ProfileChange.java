package org.firststep.accounts;

import org.firststep.platform.web.CountryCode;
import org.firststep.platform.web.LanguageTag;
import org.firststep.platform.web.TimeZoneId;

/**
 * A change to the profile, from the settings page or {@code PATCH /api/v1/me}. A null
 * field is left as it is; an empty display name or country clears it.
 *
 * @param displayName how FirstStep greets them
 * @param locale {@code en} or {@code es}
 * @param timeZone an IANA time zone
 * @param country an ISO 3166 alpha-2 code
 */
public record ProfileChange(@DisplayName String displayName, @LanguageTag String locale, @TimeZoneId String timeZone,
		@CountryCode String country) {
}
