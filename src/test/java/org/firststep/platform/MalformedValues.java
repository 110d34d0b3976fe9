package org.firststep.platform;

import java.util.List;

/**
 * The battery of malformed input: JSON values for a field (wrong types, numbers beyond
 * every type, extreme dates, NUL, lone surrogates, a megabyte of text, nesting far beyond
 * any parser's limit), whole bodies, and already percent-encoded values for a query or
 * path parameter.
 */
final class MalformedValues {

	static final String MEGABYTE = "\"" + "a".repeat(1_000_000) + "\"";

	static final String DEEP_ARRAY = "[".repeat(10_000) + "]".repeat(10_000);

	static final String DEEP_OBJECT = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

	/** Raw JSON text, put in place of one field's value. */
	static final List<String> FIELD = List.of("\"text\"", "7", "2.5", "true", "null", "[]", "{}", "[1,2]", "{\"a\":1}",
			"[null]", "[{}]", "1e309", "-1e309", "99999999999999999999", "-99999999999999999999", "2147483648", "-1",
			"1e-400", "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12-31\"",
			"\"0000-01-01\"", "\"2026-02-30\"", "\"99:99\"", "\"\"", "\"   \"", "\"\\u0000\"", "\"a\\u0000b\"",
			"[\"\\u0000\"]", "\"\\ud800\"", "\"\\udfff\"", "\"x\\ud800y\"", "[\"\\ud800\"]",
			"\"a calm walk \\ud800 by the river\"", "\"99999999999999999999\"", "\"NaN\"", MEGABYTE, DEEP_ARRAY);

	/**
	 * Fewer values for a field of an operation that hashes a password on every request
	 * (Argon2 takes a core for a moment on purpose): one of each kind, with every text
	 * that could reach the hashing.
	 */
	static final List<String> PASSWORD_OPERATION_FIELD = List.of("7", "true", "null", "[]", "{}",
			"99999999999999999999", "\"+999999999-12-31T23:59:59Z\"", "\"\"", "\"\\u0000\"",
			"\"a calm walk \\u0000 by the river\"", "\"\\ud800\"", "\"a calm walk \\ud800 by the river\"",
			"\"a calm walk \\udfff by the river\"", MEGABYTE, DEEP_ARRAY);

	/**
	 * Fewer values for a field of an imported document, where every value taken uses up a
	 * fresh account: the ones that reach storage.
	 */
	static final List<String> IMPORTED_FIELD = List.of("\"text\"", "7", "true", "null", "{}", "[]",
			"99999999999999999999", "1e309", "\"+999999999-12-31T23:59:59Z\"", "\"+999999999-12-31\"", "\"\\u0000\"",
			"\"\\ud800\"");

	/** Raw text sent as the whole JSON body. */
	static final List<String> BODY = List.of("", "not json", "{", "[]", "null", "\"text\"", "42", "{\"a\":[1,2,3]}",
			"\"\\ud800\"", DEEP_ARRAY, DEEP_OBJECT, "{\"x\":" + MEGABYTE + "}");

	/** Percent-encoded values for a query parameter. */
	static final List<String> QUERY = List.of("abc", "", "%00", "a%00b", "%ED%A0%80", "%ff", "99999999999999999999",
			"-1", "0", "1e309", "%2B999999999-12-31", "2026-13-45", "x".repeat(4_000), "%F0%9F%98%80");

	/** Percent-encoded values for a path parameter. */
	static final List<String> PATH = List.of("abc", "%00", "a%00b", "%ED%A0%80", "%ff", "99999999999999999999",
			"x".repeat(2_000), "%20", "a%2Fb", "%F0%9F%98%80");

	private MalformedValues() {
	}

	/** A short name for a value in the list of failures. */
	static String label(String value) {
		return (value.length() > 40) ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
	}

}
