package org.firststep.platform.web;

import java.util.Optional;

import org.firststep.platform.security.SecretTokens;

/**
 * The key a client sends with a POST so that a retry of it stores nothing new: the
 * {@code Idempotency-Key} header, or for a form the browser posts itself the
 * {@code idempotencyKey} field that the page script adds. One to 255 printable ASCII
 * characters, bare or as the quoted string the IETF draft "The Idempotency-Key HTTP
 * Header Field" writes ({@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}).
 *
 * @param value the key as the client chose it
 */
record IdempotencyKey(String value) {

	static final String HEADER = "Idempotency-Key";

	static final String FIELD = "idempotencyKey";

	static final int MAX_LENGTH = 255;

	/** The key, or empty when it is not one to 255 printable ASCII characters. */
	static Optional<IdempotencyKey> parse(String raw) {
		String value = unquoted(raw);
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < ' ' || value.charAt(i) > '~') {
				return Optional.empty();
			}
		}
		return Optional.of(new IdempotencyKey(value));
	}

	/** What the database keeps: the key's SHA-256, whatever the client put in it. */
	String hash() {
		return SecretTokens.hash(this.value);
	}

	/**
	 * A structured-field string without its quotes and escapes; anything else as it came;
	 * null for a broken escape.
	 */
	private static String unquoted(String raw) {
		if (raw == null || raw.length() < 2 || raw.charAt(0) != '"' || raw.charAt(raw.length() - 1) != '"') {
			return raw;
		}
		StringBuilder value = new StringBuilder(raw.length());
		for (int i = 1; i < raw.length() - 1; i++) {
			char c = raw.charAt(i);
			if (c == '\\') {
				if (i + 1 >= raw.length() - 1 || (raw.charAt(i + 1) != '"' && raw.charAt(i + 1) != '\\')) {
					return null;
				}
				c = raw.charAt(++i);
			}
			else if (c == '"') {
				return null;
			}
			value.append(c);
		}
		return value.toString();
	}

}
