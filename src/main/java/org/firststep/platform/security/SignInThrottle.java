package org.firststep.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one e-mail address, or
 * from one client address, further attempts are refused until the window has moved on.
 * Failures are kept in the database so that every instance sees them; keys are hashed, so
 * the table holds neither e-mail addresses nor client addresses.
 */
@Component
public class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThrottleProperties limits;

	SignInThrottle(JdbcClient jdbc, Clock clock, ThrottleProperties limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
	}

	/** How long the caller must wait before trying again, if at all. */
	public Optional<Duration> retryAfter(String email, String clientAddress) {
		Instant now = this.clock.instant();
		Optional<Duration> account = wait(accountKey(email), this.limits.perAccount(), now);
		Optional<Duration> address = wait(addressKey(clientAddress), this.limits.perAddress(), now);
		if (account.isPresent() && address.isPresent()) {
			return Optional.of(account.get().compareTo(address.get()) > 0 ? account.get() : address.get());
		}
		return account.or(() -> address);
	}

	public void recordFailure(String email, String clientAddress) {
		long now = this.clock.millis();
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?")
			.param(now - this.limits.window().toMillis())
			.update();
		String insert = "INSERT INTO sign_in_failure (throttle_key, failed_at) VALUES (?, ?)";
		this.jdbc.sql(insert).params(accountKey(email), now).update();
		this.jdbc.sql(insert).params(addressKey(clientAddress), now).update();
	}

	/** A successful sign-in clears the failures recorded for that e-mail address. */
	public void recordSuccess(String email) {
		forget(email);
	}

	/**
	 * Removes every failure recorded for the address, for example when its account is
	 * deleted.
	 */
	public void forget(String email) {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = ?").param(accountKey(email)).update();
	}

	private Optional<Duration> wait(String key, int allowed, Instant now) {
		long windowStart = now.toEpochMilli() - this.limits.window().toMillis();
		var recent = this.jdbc
			.sql("SELECT failed_at FROM sign_in_failure WHERE throttle_key = ? AND failed_at >= ?"
					+ " ORDER BY failed_at DESC LIMIT ?")
			.params(key, windowStart, allowed)
			.query(Long.class)
			.list();
		if (recent.size() < allowed) {
			return Optional.empty();
		}
		long freeAt = recent.get(allowed - 1) + this.limits.window().toMillis();
		return Optional.of(Duration.ofMillis(Math.max(1000, freeAt - now.toEpochMilli())));
	}

	static String accountKey(String email) {
		return "account:" + sha256(email.trim().toLowerCase(Locale.ROOT));
	}

	static String addressKey(String clientAddress) {
		return "address:" + sha256(clientAddress);
	}

	private static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
