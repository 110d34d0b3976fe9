package org.firststep.safetynet;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety net over HTTP: the public check, {@code safetyConcern} on every API save of
 * free text, and the calm panel on the page after a save.
 */
class SafetyNetIntegrationTests extends IntegrationTest {

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

}
