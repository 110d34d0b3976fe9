package org.firststep.accounts;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this instance (decision 38).
 *
 * @param admins the e-mail addresses of the accounts that are the host's administrators,
 * comma-separated in {@code FIRSTSTEP_HOST_ADMINS}; lower-cased, blanks dropped. Empty by
 * default: nobody
 */
@ConfigurationProperties("firststep.host")
record HostProperties(@DefaultValue List<String> admins) {

	HostProperties {
		admins = admins.stream()
			.map(String::trim)
			.filter((address) -> !address.isEmpty())
			.map((address) -> address.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
	}

}
