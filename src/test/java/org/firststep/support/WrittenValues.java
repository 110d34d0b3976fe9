package org.firststep.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Every value a test wrote to the app through {@link TestClient} that could be private: a
 * name in someone's network, an ask's message, a status, a note. At the end of the run,
 * {@code org.firststep.NothingPrivateInMailIntegrationTests} looks for each of them in
 * every e-mail the suite sent. The fields that are not private (the account's e-mail,
 * password, display name, language, time zone; tokens and codes) are left out, and so are
 * values that cannot be told apart from the interface's own words: numbers, dates, times,
 * addresses, and the lower-case identifiers of choices.
 */
public final class WrittenValues {

	private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

	/**
	 * Display names: the person's own, which an invitation names to the supporter they
	 * chose. The tests give most accounts the same one, which another test may also give
	 * someone in a network.
	 */
	private static final Set<String> DISPLAY_NAMES = ConcurrentHashMap.newKeySet();

	private static final Pattern NOT_PRIVATE_FIELD = Pattern
		.compile("(?i)_csrf|.*password.*|.*email.*|displayName|locale|language|timeZone|zone|country|.*token.*"
				+ "|.*code.*|.*key.*|confirm.*|.*url.*|.*link.*|.*id|ids");

	private static final Pattern NOT_PRIVATE_VALUE = Pattern.compile("[a-z]+([A-Z][a-z0-9]*)*|[^\\p{L}]*"
			+ "|https?://\\S*|\\S+@\\S+|\\d{4}-\\d{2}-\\d{2}.*|[0-9a-f-]{36}|true|false|null");

	private WrittenValues() {
	}

	/** Every private value written so far. */
	public static Set<String> all() {
		Set<String> values = new java.util.HashSet<>(VALUES);
		values.removeAll(DISPLAY_NAMES);
		return Set.copyOf(values);
	}

	static void form(Map<String, String> fields) {
		fields.forEach(WrittenValues::record);
	}

	static void json(String text) {
		try {
			walk(null, TestClient.JSON.readTree(text));
		}
		catch (JacksonException ex) {
			// malformed on purpose: the app took nothing from it
		}
	}

	private static void walk(String field, JsonNode node) {
		if (node.isObject()) {
			node.properties().forEach((property) -> walk(property.getKey(), property.getValue()));
		}
		else if (node.isArray()) {
			node.values().forEach((item) -> walk(field, item));
		}
		else if (node.isString()) {
			record(field, node.asString());
		}
	}

	private static void record(String field, String value) {
		String trimmed = value.strip();
		if ("displayName".equals(field)) {
			DISPLAY_NAMES.add(trimmed);
		}
		if ((field == null || !NOT_PRIVATE_FIELD.matcher(field).matches()) && trimmed.length() >= 3
				&& !NOT_PRIVATE_VALUE.matcher(trimmed).matches()) {
			VALUES.add(trimmed);
		}
	}

}
