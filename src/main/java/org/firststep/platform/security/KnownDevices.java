package org.firststep.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers that have signed in to an account before. Each gets a cookie holding a random
 * token that names no account; the database keeps only hashes of the token and of the
 * e-mail address. The throttle lets a known browser keep trying its owner's password
 * while guesses from everywhere else are refused.
 */
@Component
public class KnownDevices {

	static final String COOKIE = "FIRSTSTEP_DEVICE";

	static final Duration REMEMBERED = Duration.ofDays(180);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final JdbcClient jdbc;

	private final Clock clock;

	KnownDevices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The device token the browser sent, if it looks like one. */
	public static Optional<String> of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches()) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * Remembers this browser for the account it has just signed in to, giving it a token
	 * first if it has none.
	 */
	public void remember(String email, HttpServletRequest request, HttpServletResponse response) {
		String token = of(request).orElseGet(SecretTokens::newToken);
		long now = this.clock.millis();
		this.jdbc.sql("DELETE FROM known_device WHERE seen_at < ?").param(now - REMEMBERED.toMillis()).update();
		this.jdbc
			.sql("INSERT INTO known_device (account_key, device_key, seen_at) VALUES (?, ?, ?)"
					+ " ON CONFLICT (account_key, device_key) DO UPDATE SET seen_at = excluded.seen_at")
			.params(SignInThrottle.accountKey(email), SecretTokens.hash(token), now)
			.update();
		ResponseCookie cookie = ResponseCookie.from(COOKIE, token)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(REMEMBERED)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	boolean isKnown(String email, Optional<String> token) {
		if (token.isEmpty()) {
			return false;
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM known_device WHERE account_key = ? AND device_key = ? AND seen_at >= ?")
			.params(SignInThrottle.accountKey(email), SecretTokens.hash(token.get()),
					this.clock.millis() - REMEMBERED.toMillis())
			.query(Long.class)
			.single() > 0;
	}

	void forget(String email) {
		this.jdbc.sql("DELETE FROM known_device WHERE account_key = ?")
			.param(SignInThrottle.accountKey(email))
			.update();
	}

}
