package org.firststep.safetynet;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety net over HTTP: the public check, {@code safetyConcern} and
 * {@code safetyLevel} on every API save of free text, the calm panel on the page after a
 * save that speaks of suicide or self-harm, and the small note after one that carries a
 * strong risk signal without that.
 */
class SafetyNetIntegrationTests extends IntegrationTest {

	/** A burden thought with no idea of death: {@code concern}. */
	static final String CONCERN = "She will think I am a burden.";

	static final String CONCERN_ES = "Va a pensar que soy una carga.";

	static final String CRISIS = "I want to die";

	static final String CRISIS_ES = "Quiero morirme";

	static final String NONE = "Could you call me tonight?";

	@Test
	void theCheckIsPublicAndStoresNothing() {
		TestClient anyone = client();
		assertThat(anyone.postJson("/api/v1/safety/check", Map.of("text", "Sometimes I want to disappear forever"))
			.json()
			.get("concern")
			.asBoolean()).isTrue();
		assertThat(anyone.postJson("/api/v1/safety/check", Map.of("text", "Me muero de ganas de verte"))
			.json()
			.get("concern")
			.asBoolean()).isFalse();
		Response missing = anyone.language("es").postJson("/api/v1/safety/check", Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
		assertThat(missing.json().get("errors").get(0).get("message").asString()).isEqualTo("Esto hace falta.");
	}

	@Test
	void everyApiSaveOfFreeTextSaysWhetherItConcerns() {
		Person me = signedUpWithToken();
		Response person = me.client()
			.postJson("/api/v1/people", Map.of("name", "Ana", "safety", 4, "notes", "I told her I feel like a burden"));
		assertThat(person.json().get("safetyConcern").asBoolean()).isTrue();
		String ana = person.json().get("id").asString();
		assertThat(me.client().get("/api/v1/people/" + ana).json().has("safetyConcern")).isFalse();
		assertThat(me.client()
			.patchJson("/api/v1/people/" + ana, Map.of("notes", "Good at listening"))
			.json()
			.get("safetyConcern")
			.asBoolean()).isFalse();

		Response ask = me.client()
			.postJson("/api/v1/asks", Map.of("personId", ana, "need", "listening", "size", "tiny", "message",
					"Could you call me tonight for ten minutes? No worries if not."));
		assertThat(ask.json().get("safetyConcern").asBoolean()).isFalse();
		String askId = ask.json().get("id").asString();
		Response outcome = me.client()
			.postJson("/api/v1/asks/" + askId + "/outcome",
					Map.of("outcome", "no", "feelingAfter", 2, "note", "No one would even notice if I was gone"));
		assertThat(outcome.status()).isEqualTo(200);
		assertThat(outcome.json().get("safetyConcern").asBoolean()).isTrue();
		assertThat(me.client().get("/api/v1/asks/" + askId).json().get("note").asString())
			.isEqualTo("No one would even notice if I was gone");
	}

	@Test
	void afterAWorryingNoteThePageOpensWithTheCalmPanelUntilTheyAreSafe() {
		Person me = signedUpInBrowser();
		me.client().patchJson("/api/v1/me", Map.of("country", "GB"));
		Response saved = me.client()
			.postForm("/people", "type", "person", "name", "Jo", "safety", "4", "notes", "i want to kms");
		assertThat(saved.status()).isEqualTo(302);
		Document next = me.client().follow(saved).html();
		assertThat(next.select("#safety-panel")).hasSize(1);
		assertThat(next.select("#safety-panel a[href^=tel:]")).isNotEmpty();
		String safe = next.select("#safety-panel a:contains(safe right now)").attr("href");
		assertThat(safe).isEqualTo("/people?added");
		assertThat(me.client().get(safe).html().select("#safety-panel")).isEmpty();
		assertThat(me.client().get("/api/v1/people").json().get("items").get(0).get("notes").asString())
			.isEqualTo("i want to kms");

		Response calm = me.client()
			.postForm("/people", "type", "person", "name", "Lee", "safety", "4", "notes", "Funny");
		assertThat(me.client().follow(calm).html().select("#safety-panel")).isEmpty();
		assertThat(List.of(saved.header("Location"), calm.header("Location"))).allMatch((to) -> to.contains("/people"));
	}

	@Test
	void theCheckAnswersTheLevelBesideTheBoolean() {
		TestClient anyone = client();
		for (String[] expected : new String[][] { { CRISIS, "crisis" }, { CRISIS_ES, "crisis" }, { CONCERN, "concern" },
				{ CONCERN_ES, "concern" }, { NONE, "none" } }) {
			JsonNode answer = anyone.postJson("/api/v1/safety/check", Map.of("text", expected[0])).json();
			assertThat(answer.get("level").asString()).as(expected[0]).isEqualTo(expected[1]);
			assertThat(answer.get("concern").asBoolean()).as(expected[0]).isEqualTo(!"none".equals(expected[1]));
		}
	}

	@Test
	void journalSavesCarryTheLevelOnlyOnSaves() {
		Person me = signedUpWithToken();
		Response calm = me.client().postJson("/api/v1/journal", Map.of("text", NONE));
		assertThat(calm.status()).isEqualTo(201);
		assertLevel(calm.json(), "none");
		String id = calm.json().get("id").asString();
		assertLevel(me.client().patchJson("/api/v1/journal/" + id, Map.of("text", CRISIS)).json(), "crisis");
		assertLevel(me.client().patchJson("/api/v1/journal/" + id, Map.of("text", CONCERN)).json(), "concern");
		assertLevel(me.client().postJson("/api/v1/journal", Map.of("text", CONCERN_ES)).json(), "concern");
		JsonNode read = me.client().get("/api/v1/journal/" + id).json();
		assertThat(read.has("safetyConcern")).isFalse();
		assertThat(read.has("safetyLevel")).isFalse();
	}

	@Test
	void thoughtRecordSavesCarryTheStrongestLevelOfAllTheirFields() {
		Person me = signedUpWithToken();
		Response burden = me.client()
			.postJson("/api/v1/thought-records", Map.of("situation", NONE, "automaticThought", CONCERN));
		assertThat(burden.status()).isEqualTo(201);
		assertLevel(burden.json(), "concern");
		String id = burden.json().get("id").asString();
		assertLevel(me.client().patchJson("/api/v1/thought-records/" + id, Map.of("friendView", CRISIS)).json(),
				"crisis");
		Response calm = me.client().postJson("/api/v1/thought-records", Map.of("automaticThought", NONE));
		assertLevel(calm.json(), "none");
		assertThat(me.client().get("/api/v1/thought-records/" + id).json().has("safetyLevel")).isFalse();
	}

	@Test
	void everyOtherApiSaveOfFreeTextCarriesTheLevel() {
		Person me = signedUpWithToken();
		Response person = me.client().postJson("/api/v1/people", Map.of("name", "Ana", "safety", 4, "notes", CRISIS));
		assertLevel(person.json(), "crisis");
		String ana = person.json().get("id").asString();
		assertLevel(me.client().patchJson("/api/v1/people/" + ana, Map.of("notes", NONE)).json(), "none");
		assertThat(me.client().get("/api/v1/people/" + ana).json().has("safetyLevel")).isFalse();

		Response ask = me.client()
			.postJson("/api/v1/asks", Map.of("personId", ana, "need", "listening", "size", "tiny", "message", NONE));
		assertLevel(ask.json(), "none");
		JsonNode outcome = me.client()
			.postJson("/api/v1/asks/" + ask.json().get("id").asString() + "/outcome",
					Map.of("outcome", "no", "feelingAfter", 2, "note", CRISIS))
			.json();
		assertLevel(outcome, "crisis");
		assertLevel(outcome.get("ask"), "crisis");

		assertLevel(me.client().postJson("/api/v1/checkins", Map.of("mood", 3, "note", CRISIS_ES)).json(), "crisis");
		assertLevel(me.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "given", "personId", ana, "what", NONE))
			.json(), "none");
		assertLevel(me.client()
			.putJson("/api/v1/safety-plan",
					Map.of("warningSigns", List.of(Map.of("text", NONE)), "reasonsForLiving",
							List.of(Map.of("text", CRISIS))))
			.json(), "crisis");
		assertThat(me.client().get("/api/v1/safety-plan").json().has("safetyLevel")).isFalse();
	}

	@Test
	void aConcernOnAPageSaveBringsTheSmallNoteJustAfterTheConfirmationAndNotThePanel() {
		Person me = signedUpInBrowser();
		Response saved = me.client().postForm("/thoughts", "automaticThought", CONCERN);
		assertThat(saved.status()).isEqualTo(302);
		Document next = me.client().follow(saved).html();
		assertThat(next.select("#safety-panel")).isEmpty();
		assertThat(next.select("#safety-note")).hasSize(1);
		assertThat(next.select(".notice[role=status] + #safety-note")).as("the note follows the confirmation")
			.hasSize(1);
		assertThat(next.select("#safety-note a").eachAttr("href")).containsExactly("/help", "/safety-plan");
		assertThat(next.select("#safety-note").text()).contains("heavy");
		assertThat(next.select("#safety-note h1, #safety-note h2, #safety-note h3")).isEmpty();
		assertThat(me.client().follow(saved).html().select("#safety-note"))
			.as("the note is for the page right after the save only")
			.isEmpty();

		TestClient spanish = Person.signUpInBrowser(client().language("es")).client();
		Document nota = spanish.follow(spanish.postForm("/journal", "text", CONCERN_ES)).html();
		assertThat(nota.select("#safety-panel")).isEmpty();
		assertThat(nota.select(".notice[role=status] + #safety-note").text()).contains("Ayuda ahora")
			.contains("Plan de seguridad");
	}

	@Test
	void aCrisisOnAPageSaveBringsThePanelAndNotTheNote() {
		Person me = signedUpInBrowser();
		Document next = me.client().follow(me.client().postForm("/journal", "text", CRISIS)).html();
		assertThat(next.select("#safety-panel")).hasSize(1);
		assertThat(next.select("#safety-note")).isEmpty();

		Document calm = me.client().follow(me.client().postForm("/journal", "text", NONE)).html();
		assertThat(calm.select(".notice[role=status]")).isNotEmpty();
		assertThat(calm.select("#safety-panel, #safety-note")).isEmpty();
	}

	@Test
	void aConcernInAnOutcomeNoteOpensAtTheResultWithTheNoteInIt() {
		Person me = signedUpInBrowser();
		String ana = me.client()
			.postJson("/api/v1/people", Map.of("name", "Ana", "safety", 4))
			.json()
			.get("id")
			.asString();
		String ask = me.client()
			.postJson("/api/v1/asks", Map.of("personId", ana, "need", "listening", "size", "tiny", "message", NONE))
			.json()
			.get("id")
			.asString();
		Response concern = me.client()
			.postForm("/asks/" + ask + "/outcome", "outcome", "no", "feelingAfter", "3", "note", CONCERN);
		assertThat(concern.header("Location")).endsWith("?answered#result");
		Document page = me.client().follow(concern).html();
		assertThat(page.select("#result #safety-note")).hasSize(1);
		assertThat(page.select("#safety-panel")).isEmpty();

		Response crisis = me.client()
			.postForm("/asks/" + ask + "/outcome", "outcome", "no", "feelingAfter", "3", "note", CRISIS);
		assertThat(crisis.header("Location")).endsWith("?answered");
		Document panel = me.client().follow(crisis).html();
		assertThat(panel.select("#safety-panel")).hasSize(1);
		assertThat(panel.select("#safety-note")).isEmpty();
	}

	private static void assertLevel(JsonNode saved, String level) {
		assertThat(saved.get("safetyLevel").asString()).as("safetyLevel of %s", saved).isEqualTo(level);
		assertThat(saved.get("safetyConcern").asBoolean()).as("safetyConcern of %s", saved)
			.isEqualTo(!"none".equals(level));
	}

}
