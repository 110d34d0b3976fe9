package org.firststep.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Export format" says what an export holds: the document's own keys, and a
 * table of the kinds of data with the fields of their rows. Here a person with something
 * of every kind exports it, and the two must name the same kinds and fields, so a field
 * added to the export without the README, or to the README without the export, fails the
 * build.
 */
class ExportFormatIntegrationTests extends IntegrationTest {

	private static final Pattern DOCUMENT_KEY = Pattern.compile("(?m)^ {6}\"(\\w+)\":");

	private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\| (.+) \\|$");

	private static final Pattern FIELD_OR_BRACKET = Pattern.compile("`(\\w+)`|\\[|\\]");

	@Test
	void theReadmeNamesEveryKindAndFieldOfARealExportAndNoOther() throws IOException {
		String section = readmeSection("Export format");
		JsonNode export = exportOfSomeoneWithEverything();

		assertThat(documentKeys(section)).isEqualTo(new TreeSet<>(export.propertyNames()));
		JsonNode data = export.get("data");
		data.properties()
			.forEach((kind) -> assertThat(kind.getValue().isEmpty())
				.as("the export has no %s for this test to compare: give the person some", kind.getKey())
				.isFalse());
		assertThat(fields(section)).as("kinds and fields in the README (expected: those of the export)")
			.containsExactlyInAnyOrderElementsOf(fields(data));
	}

	private JsonNode exportOfSomeoneWithEverything() {
		Person ana = signedUpWithToken();
		String sam = id(ana.client()
			.postJson("/api/v1/people",
					Map.of("name", "Sam", "relation", "friend", "channels",
							List.of(Map.of("kind", "phone", "value", "+34 600 000 000")), "goodFor",
							List.of("listening"), "safety", 4, "notes", "Kind")));
		String ask = id(ana.client()
			.postJson("/api/v1/asks",
					Map.of("personId", sam, "need", "listening", "size", "tiny", "message", "Coffee soon?")));
		ok(ana.client()
			.putJson("/api/v1/safety-plan", Map.of("copingStrategies", List.of(Map.of("text", "Walk by the river")),
					"peopleToAsk", List.of(Map.of("personId", sam)), "sharedWith", List.of(sam))));
		ok(ana.client()
			.postJson("/api/v1/checkins",
					Map.of("mood", 5, "energy", 3, "signs", List.of("isolated"), "note", "Quiet")));
		ok(ana.client()
			.postJson("/api/v1/assessments",
					Map.of("instrument", "GAD7", "answers", List.of(1, 1, 1, 1, 1, 1, 0), "difficulty", 1)));
		ok(ana.client()
			.postJson("/api/v1/thought-records",
					Map.of("automaticThought", "They'll say no", "traps", List.of("fortuneTelling"), "emotions",
							List.of(Map.of("name", "dread", "strength", 70)), "askId", ask)));
		ok(ana.client().postJson("/api/v1/journal", Map.of("text", "A slow Sunday", "mood", 4)));
		ok(ana.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "received", "personId", sam, "what", "Soup")));
		ok(ana.client().putJson("/api/v1/status", Map.of("status", "pleaseCheckIn")));
		ok(ana.client().putJson("/api/v1/reminders/settings", """
				{"askDeadlines": true, "askFollowUp": false, "checkin": true, "checkinTime": "20:00",
				"assessment": false, "appointments": true, "supporterAsks": true, "supporterCheckin": true,
				"supporterNews": true, "email": false, "quietHours": {"from": "23:00", "to": "07:30"},
				"pausedUntil": "2030-01-01T00:00:00Z"}"""));
		String link = ok(ana.client().postJson("/api/v1/invitations", Map.of("scopes", List.of("status")))).json()
			.get("link")
			.asString();
		ok(signedUpWithToken().client()
			.postJson("/api/v1/invitations/" + link.replaceAll(".*/", "") + "/accept", Map.of()));
		return ok(ana.client().get("/api/v1/me/export")).json();
	}

	private static Response ok(Response response) {
		assertThat(response.status()).as("%s", response).isBetween(200, 204);
		return response;
	}

	private static String id(Response created) {
		return ok(created).json().get("id").asString();
	}

	private static String readmeSection(String title) throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher section = Pattern.compile("(?ms)^## " + Pattern.quote(title) + "$(.*?)(?=^## |\\z)").matcher(readme);
		assertThat(section.find()).as("a section \"%s\" in the README", title).isTrue();
		return section.group(1);
	}

	private static Set<String> documentKeys(String section) {
		Set<String> keys = new TreeSet<>();
		DOCUMENT_KEY.matcher(section).results().forEach((key) -> keys.add(key.group(1)));
		return keys;
	}

	/**
	 * The table's rows as "kind", "kind.field" and, for a nested list in brackets,
	 * "kind.list.field".
	 */
	private static Set<String> fields(String section) {
		Set<String> fields = new TreeSet<>();
		TABLE_ROW.matcher(section).results().forEach((row) -> {
			String kind = row.group(1);
			fields.add(kind);
			String last = null;
			String list = null;
			Matcher token = FIELD_OR_BRACKET.matcher(row.group(2));
			while (token.find()) {
				switch (token.group()) {
					case "[" -> list = last;
					case "]" -> list = null;
					default -> {
						last = token.group(1);
						fields.add(kind + "." + ((list != null) ? list + "." : "") + last);
					}
				}
			}
		});
		return fields;
	}

	/** What the export's rows carry, named as {@link #fields(String)} names them. */
	private static Set<String> fields(JsonNode data) {
		Set<String> fields = new TreeSet<>();
		data.properties().forEach((kind) -> {
			fields.add(kind.getKey());
			for (JsonNode row : kind.getValue()) {
				row.properties().forEach((field) -> {
					String name = kind.getKey() + "." + field.getKey();
					fields.add(name);
					if (field.getValue().isArray()) {
						for (JsonNode item : field.getValue()) {
							item.propertyNames().forEach((nested) -> fields.add(name + "." + nested));
						}
					}
				});
			}
		});
		return fields;
	}

}
