package org.firststep.platform.security;

import java.util.List;

/**
 * Routes a feature serves to everyone, signed in or not. Each feature declares its own as
 * a bean; everything else needs a signed-in account. Public routes under {@code /api/}
 * use no session, so they need no CSRF token.
 *
 * @param patterns path patterns such as {@code /help} or {@code /api/v1/crisis-lines}
 */
public record PublicRoutes(List<String> patterns) {

	public static PublicRoutes of(String... patterns) {
		return new PublicRoutes(List.of(patterns));
	}

}
