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
 * from one client address, further attempts are refused until the window has moved on. A
 * browser that has signed in to the account before has a budget of its own instead of the
 * account's, so that guesses from elsewhere never lock the owner out of their own phone
 * or laptop. Requests for a fresh-start link have their own, smaller budgets, so they
 * neither lock anyone out of signing in nor flood anyone's inbox. Failures are kept in
 * the database so that every instance sees them; keys are hashed, so the table holds
 * neither e-mail addresses nor client addresses.
 */
@Component
public class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThrottleProperties limits;

	private final KnownDevices devices;

	SignInThrottle(JdbcClient jdbc, Clock clock, ThrottleProperties limits, KnownDevices devices) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
		this.devices = devices;
	}

	/** How long the caller must wait before trying to sign in again, if at all. */
	public Optional<Duration> retryAfter(String email, SignInOrigin origin) {
		Instant now = this.clock.instant();
		return longest(wait(accountBudget(email, origin), this.limits.perAccount(), now),
				wait(addressKey(origin.address()), this.limits.perAddress(), now));
	}

	public void recordFailure(String email, SignInOrigin origin) {
		record(accountBudget(email, origin), addressKey(origin.address()));
	}

	/** A successful sign-in clears the failures recorded against its budget. */
	public void recordSuccess(String email, SignInOrigin origin) {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = ?")
			.param(accountBudget(email, origin))
			.update();
	}

	/** Clears the failures recorded for the address, as when its password is replaced. */
	public void clearFailures(String email) {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = ?").param(accountKey(email)).update();
	}

	/**
	 * How long the caller must wait before asking for another fresh-start link, if at
	 * all.
	 */
	public Optional<Duration> resetRetryAfter(String email, String clientAddress) {
		Instant now = this.clock.instant();
		return longest(wait(resetAccountKey(email), this.limits.resetsPerAccount(), now),
				wait(resetAddressKey(clientAddress), this.limits.resetsPerAddress(), now));
	}

	public void recordResetRequest(String email, String clientAddress) {
		record(resetAccountKey(email), resetAddressKey(clientAddress));
	}

	/**
	 * Removes every failure and known browser recorded for the address, for example when
	 * its account is deleted.
	 */
	public void forget(String email) {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = ? OR throttle_key = ?")
			.params(accountKey(email), resetAccountKey(email))
			.update();
		this.devices.forget(email);
	}

	private String accountBudget(String email, SignInOrigin origin) {
		if (this.devices.isKnown(email, origin.device())) {
			return "device:" + sha256(accountKey(email) + " " + origin.device().get());
		}
		return accountKey(email);
	}

	private void record(String... keys) {
		long now = this.clock.millis();
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?")
			.param(now - this.limits.window().toMillis())
			.update();
		for (String key : keys) {
			this.jdbc.sql("INSERT INTO sign_in_failure (throttle_key, failed_at) VALUES (?, ?)")
				.params(key, now)
				.update();
		}
	}

	private static Optional<Duration> longest(Optional<Duration> one, Optional<Duration> other) {
		if (one.isPresent() && other.isPresent()) {
			return Optional.of(one.get().compareTo(other.get()) > 0 ? one.get() : other.get());
		}
		return one.or(() -> other);
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

	private static String resetAccountKey(String email) {
		return "reset-account:" + sha256(email.trim().toLowerCase(Locale.ROOT));
	}

	private static String resetAddressKey(String clientAddress) {
		return "reset-address:" + sha256(clientAddress);
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
