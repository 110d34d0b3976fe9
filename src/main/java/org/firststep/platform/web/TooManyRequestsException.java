package org.firststep.platform.web;

import java.time.Duration;

/** The caller must wait before trying again. */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(Duration retryAfter) {
		super("too many requests", null, false, false);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole seconds, rounded up, for the {@code Retry-After} header. */
	public long retryAfterSeconds() {
		return (this.retryAfter.toMillis() + 999) / 1000;
	}

	/** Whole minutes, rounded up, for a sentence people read. */
	public long retryAfterMinutes() {
		return Math.max(1, (retryAfterSeconds() + 59) / 60);
	}

}
