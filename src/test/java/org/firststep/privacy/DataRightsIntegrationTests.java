package org.firststep.privacy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class DataRightsIntegrationTests extends IntegrationTest {

	@Autowired
	PersonalDataService personalData;

	@Test
	void theExportHasItsFormatVersionAndEveryKindOfData() {
		Person person = signedUpWithToken();
		JsonNode export = person.client().get("/api/v1/me/export").json();
		assertThat(export.get("format").asString()).isEqualTo("firststep-export");
		assertThat(export.get("version").asInt()).isEqualTo(1);
		assertThat(export.get("data").propertyNames()).containsExactlyInAnyOrderElementsOf(this.personalData.kinds());
		assertThat(export.get("data").get("profile").get(0).get("timeZone").asString()).isEqualTo("Europe/Madrid");
	}

	@Test
	void theCsvExportHasOneFilePerKind() throws Exception {
		Person person = signedUpWithToken();
		byte[] zip = person.client().raw("/api/v1/me/export?format=csv");
		List<String> names = new ArrayList<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).containsExactlyInAnyOrderElementsOf(
				this.personalData.kinds().stream().map((kind) -> kind + ".csv").toList());
	}

	@Test
	void exportImportExportGivesTheSameData() {
		Person original = signedUpWithToken();
		original.client().patchJson("/api/v1/me", Map.of("displayName", "Moved Here", "country", "MX"));
		String sam = original.client()
			.postJson("/api/v1/people", Map.of("name", "Sam", "safety", 4, "goodFor", List.of("listening")))
			.json()
			.get("id")
			.asString();
		original.client()
			.putJson("/api/v1/safety-plan", Map.of("copingStrategies", List.of(Map.of("text", "Walk by the river")),
					"peopleToAsk", List.of(Map.of("personId", sam)), "sharedWith", List.of(sam)));
		original.client()
			.postJson("/api/v1/checkins",
					Map.of("mood", 5, "energy", 3, "signs", List.of("isolated"), "note", "Quiet"));
		original.client().postJson("/api/v1/checkins", Map.of("date", "2026-01-02", "mood", 7));
		original.client()
			.postJson("/api/v1/thought-records", Map.of("automaticThought", "They'll say no", "traps",
					List.of("fortuneTelling"), "emotions", List.of(Map.of("name", "dread", "strength", 70))));
		original.client().postJson("/api/v1/journal", Map.of("text", "A slow Sunday", "mood", 4));
		original.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "received", "personId", sam, "what", "Soup"));
		original.client()
			.postJson("/api/v1/assessments",
					Map.of("instrument", "GAD7", "answers", List.of(1, 1, 1, 1, 1, 1, 0), "difficulty", 1));
		original.client().putJson("/api/v1/reminders/settings", """
				{"askDeadlines": false, "askFollowUp": true, "checkin": true, "checkinTime": "08:15",
				"assessment": true, "appointments": true, "supporterAsks": true, "supporterCheckin": false,
				"supporterNews": true, "email": false, "quietHours": {"from": "21:00", "to": "09:00"}}""");
		JsonNode first = original.client().get("/api/v1/me/export").json();
		original.client().deleteJson("/api/v1/me", Map.of("password", original.password()));

		Person moved = signedUpWithToken();
		Response imported = moved.client().postJson("/api/v1/me/import", first.toString());
		assertThat(imported.status()).isEqualTo(204);
		JsonNode second = moved.client().get("/api/v1/me/export").json();
		assertThat(second.get("data")).isEqualTo(first.get("data"));
		assertThat(second.get("data").get("safetyPlan")).hasSize(3);
		assertThat(second.get("data").get("checkins")).hasSize(2);
		assertThat(second.get("data").get("thoughtRecords")).hasSize(1);
		assertThat(second.get("data").get("journal")).hasSize(1);
		assertThat(second.get("data").get("exchanges")).hasSize(1);
		assertThat(second.get("data").get("assessments").get(0).get("band").asString()).isEqualTo("mild");
		assertThat(second.get("data").get("reminders").get(0).get("checkinTime").asString()).isEqualTo("08:15");
		assertThat(moved.client().get("/api/v1/reminders/settings").json().get("quietHours").get("from").asString())
			.isEqualTo("21:00");
	}

	@Test
	void importingSomethingElseAnswers400AndChangesNothing() {
		Person person = signedUpWithToken();
		assertThat(person.client().postJson("/api/v1/me/import", Map.of("format", "other")).status()).isEqualTo(400);
		assertThat(person.client()
			.postJson("/api/v1/me/import", Map.of("format", "firststep-export", "version", 99, "data", Map.of()))
			.status()).isEqualTo(400);
		Response badRow = person.client()
			.postJson("/api/v1/me/import", Map.of("format", "firststep-export", "version", 1, "data",
					Map.of("profile", List.of(Map.of("timeZone", "Nowhere/Else")))));
		assertThat(badRow.status()).isEqualTo(400);
		assertThat(person.client().get("/api/v1/me").json().get("timeZone").asString()).isEqualTo("Europe/Madrid");
		assertThat(person.client().send("POST", "/api/v1/me/import", "application/json", "[1,2").status())
			.isEqualTo(400);
	}

	/**
	 * ISO 8601 reads the year 999999999, and no epoch millisecond holds it: an import
	 * that carries one is refused like any other bad row, and nothing of it stays.
	 */
	@Test
	void anImportWithAnInstantBeyondTheYear9999Answers400AndChangesNothing() {
		Person source = signedUpWithToken();
		source.client().postJson("/api/v1/journal", Map.of("text", "A long walk."));
		String export = source.client().get("/api/v1/me/export").body();
		String farAway = export.replaceAll("\"createdAt\" ?: ?\"[^\"]+\"",
				"\"createdAt\": \"+999999999-12-31T23:59:59Z\"");
		assertThat(farAway).contains("+999999999");
		// Ids are unique on a server: the export goes to another account once its own is
		// gone.
		assertThat(source.client().deleteJson("/api/v1/me", Map.of("password", source.password())).status())
			.isEqualTo(204);
		Person person = signedUpWithToken();
		Response refused = person.client().send("POST", "/api/v1/me/import", "application/json", farAway);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).startsWith("data.");
		assertThat(person.client().get("/api/v1/journal").json().get("items")).isEmpty();
	}

	@Test
	void thePrivacyPageSaysWhatIsSealedAndWhoReadsWhat() {
		Person person = signedUpInBrowser();
		Response page = person.client().get("/settings/privacy");
		assertThat(page.status()).isEqualTo(200);
		String text = page.html().text();
		assertThat(text).contains("journal")
			.contains("safety plan")
			.contains("cannot read anything you write")
			.contains("only what you choose to share");
		assertThat(page.html().select("a[href=/settings/export.json]")).isNotEmpty();
		Response download = person.client().get("/settings/export.json");
		assertThat(download.header("Content-Disposition")).contains("attachment");
		assertThat(download.body()).contains("firststep-export");
		person.client().postForm("/language", "lang", "es");
		assertThat(person.client().get("/settings/privacy").html().text()).contains("Quién puede leer qué");
	}

	@Test
	void anImportFileOverTheLimitAnswers413InFirstStepsOwnPage() {
		Person me = signedUpInBrowser();
		byte[] file = new byte[21 * 1024 * 1024];
		Arrays.fill(file, (byte) ' ');
		file[0] = '{';
		file[file.length - 1] = '}';
		Response refused = me.client().postFile("/settings/import", "file", "export.json", "application/json", file);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("text/html");
		assertThat(refused.header("Content-Security-Policy")).isNotBlank();
		assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Too large");
		assertThat(refused.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(refused.body()).doesNotContain("Exception");
	}

}
