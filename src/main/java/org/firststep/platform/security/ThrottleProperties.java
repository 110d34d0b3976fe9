package org.firststep.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins within a sliding window.
 *
 * @param window how far back failures count
 * @param perAccount failures allowed for one e-mail address within the window
 * @param perAddress failures allowed from one client address within the window
 */
@ConfigurationProperties("firststep.sign-in-throttle")
public record ThrottleProperties(@DefaultValue("15m") Duration window, @DefaultValue("5") int perAccount,
		@DefaultValue("30") int perAddress) {
}
