package org.firststep.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.firststep.support.Person;

/**
 * A valid body for an operation, made from its schema and the names of its fields, with
 * the caller's own credentials and ids: the baseline in which one field at a time is
 * replaced by a malformed value, so that each value travels as deep as a valid one would.
 */
final class ValidBodies {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/**
	 * A pattern that lists choices, such as {@code (en|es)?} or {@code yes|no}: the
	 * first.
	 */
	private static final Pattern CHOICES = Pattern.compile("\\(?([A-Za-z0-9]+)(\\|[A-Za-z0-9|]+)?\\)?\\??");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FuzzFixture fixture;

	ValidBodies(FuzzFixture fixture) {
		this.fixture = fixture;
	}

	/**
	 * The valid body for this operation sent by this person, or null if it takes none.
	 */
	JsonNode of(ApiOperation operation, Person caller) {
		if (operation.body() == null) {
			return null;
		}
		if (operation.name().equals("POST /api/v1/me/import")) {
			return rolledBack(withNewIds(this.fixture.export));
		}
		JsonNode body = value(operation, "", operation.body(), caller);
		if (operation.name().equals("PUT /api/v1/safety-plan")) {
			// People from the network belong only in the steps about people.
			body.properties()
				.stream()
				.filter((step) -> !step.getKey().equals("peopleToAsk") && !step.getKey().equals("professionals"))
				.forEach((step) -> step.getValue().forEach((item) -> {
					if (item instanceof ObjectNode object) {
						object.remove("personId");
					}
				}));
		}
		return body;
	}

	/**
	 * The import with an empty row at its very end, in the kind restored last (the export
	 * lists kinds in the order they are restored): everything before it is restored, then
	 * the import fails and rolls back, so one empty account serves every malformed value
	 * instead of a new account for each one taken.
	 */
	private static JsonNode rolledBack(JsonNode document) {
		List<JsonNode> kinds = new ArrayList<>(document.path("data").values());
		for (JsonNode rows : kinds.reversed()) {
			if (rows instanceof ArrayNode list && !list.isEmpty()) {
				list.addObject();
				break;
			}
		}
		return document;
	}

	/**
	 * The person's own export with every id replaced, the same way wherever it appears:
	 * ids are unique on the server, so the export itself would clash with the person's
	 * own rows.
	 */
	private static JsonNode withNewIds(JsonNode export) {
		Map<String, String> renamed = new HashMap<>();
		String text = UUID_TEXT.matcher(JSON.writeValueAsString(export))
			.replaceAll((found) -> renamed.computeIfAbsent(found.group(), (id) -> UUID.randomUUID().toString()));
		return JSON.readTree(text);
	}

	private JsonNode value(ApiOperation operation, String name, JsonNode schema, Person caller) {
		JsonNode named = byName(operation, name, caller);
		if (named != null) {
			return named;
		}
		JsonNode resolved = operation.resolve(schema);
		String type = resolved.path("type").asString("object");
		return switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				resolved.path("properties")
					.properties()
					.forEach((property) -> object.set(property.getKey(),
							value(operation, property.getKey(), property.getValue(), caller)));
				yield object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				array.add(value(operation, name, resolved.path("items"), caller));
				yield array;
			}
			case "integer", "number" -> NODES.numberNode(resolved.path("minimum").asInt(1));
			case "boolean" -> NODES.booleanNode(true);
			default -> NODES.stringNode(text(resolved));
		};
	}

	/** Fields whose valid value the schema cannot tell. */
	private JsonNode byName(ApiOperation operation, String name, Person caller) {
		return switch (name) {
			case "email" -> NODES.stringNode(operation.path().startsWith("/api/v1/auth/") ? caller.email()
					: (operation.path().equals("/api/v1/invitations") ? "friend@example.org" : Person.uniqueEmail()));
			case "password", "currentPassword" -> NODES.stringNode(caller.password());
			case "newPassword" -> NODES.stringNode("a quiet swim in the lake");
			case "recoveryCode" -> NODES.stringNode(caller.recoveryCode());
			case "timeZone" -> NODES.stringNode("Europe/Madrid");
			case "country" -> NODES.stringNode("ES");
			case "personId", "accountabilityPersonId", "backupPersonId" -> NODES.stringNode(this.fixture.personId);
			case "askId" -> NODES.stringNode(this.fixture.askId);
			case "when" -> NODES.stringNode(LocalDate.now().plusDays(2).toString());
			case "instrument" -> NODES.stringNode("PHQ9");
			case "answers" -> NODES.arrayNode().addAll(Collections.nCopies(9, NODES.numberNode(1)));
			case "sharedWith" -> NODES.arrayNode().add(this.fixture.personId);
			case "value" -> NODES.stringNode("+34 600 000 000");
			default -> null;
		};
	}

	/** A valid value for a string of this schema. */
	static String text(JsonNode schema) {
		String format = schema.path("format").asString("");
		if (format.equals("date-time")) {
			return Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		}
		if (format.equals("date")) {
			return LocalDate.now().toString();
		}
		if (format.equals("email")) {
			return Person.uniqueEmail();
		}
		String pattern = schema.path("pattern").asString("");
		if (pattern.contains("\\d{4}-")) {
			return LocalDate.now().toString();
		}
		if (pattern.equals("[A-Z]{2}")) {
			return "ES";
		}
		Matcher choices = CHOICES.matcher(pattern);
		if (choices.matches()) {
			return choices.group(1);
		}
		return "Plain words";
	}

}
