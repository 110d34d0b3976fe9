package org.firststep.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins and on fresh-start link requests within a sliding window.
 *
 * @param window how far back failures and requests count
 * @param perAccount failures allowed for one e-mail address within the window, from
 * browsers that have not signed in to it before; each browser that has gets as many of
 * its own
 * @param perAddress failures allowed from one client address within the window
 * @param resetsPerAccount fresh-start links that may be asked for one e-mail address
 * @param resetsPerAddress fresh-start links that one client address may ask for, whatever
 * the e-mail addresses
 */
@ConfigurationProperties("firststep.sign-in-throttle")
public record ThrottleProperties(@DefaultValue("15m") Duration window, @DefaultValue("5") int perAccount,
		@DefaultValue("30") int perAddress, @DefaultValue("3") int resetsPerAccount,
		@DefaultValue("10") int resetsPerAddress) {
}
