package org.firststep.safety;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class SafetyPlanIntegrationTests extends IntegrationTest {

	@Autowired
	SafetyPlanService plans;

	@Test
	void writeChangeAndReadThePlan() {
		Person me = signedUpWithToken();
		String sam = addSam(me);
		JsonNode empty = me.client().get("/api/v1/safety-plan").json();
		assertThat(empty.get("warningSigns")).isEmpty();

		Response saved = me.client()
			.putJson("/api/v1/safety-plan",
					Map.of("warningSigns", List.of(item("I stop answering messages")), "copingStrategies",
							List.of(item("A hot shower"), item("  "), item("Walk round the block")), "peopleToAsk",
							List.of(Map.of("personId", sam)), "reasonsForLiving", List.of(item("My dog, Luna"))));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("safetyConcern").asBoolean()).isFalse();
		assertThat(saved.json().get("copingStrategies")).hasSize(2);
		assertThat(saved.json().get("peopleToAsk").get(0).get("text").asString()).isEqualTo("Sam Rivera");

		me.client()
			.putJson("/api/v1/safety-plan", Map.of("warningSigns", List.of(item("I can't sleep")), "peopleToAsk",
					List.of(Map.of("personId", sam)), "reasonsForLiving", List.of(item("My dog, Luna"))));
		JsonNode read = me.client().get("/api/v1/safety-plan").json();
		assertThat(read.get("warningSigns").get(0).get("text").asString()).isEqualTo("I can't sleep");
		assertThat(read.get("copingStrategies")).isEmpty();
		assertThat(read.get("peopleToAsk").get(0).get("personId").asString()).isEqualTo(sam);
		assertThat(read.get("updatedAt").asString()).isNotBlank();
		assertThat(read.has("safetyConcern")).isFalse();
	}

	@Test
	void eachItemIsCheckedWithAClearMessageAndNothingIsLost() {
		Person me = signedUpWithToken();
		Person other = signedUpWithToken();
		String theirs = addSam(other);
		me.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(item("The sea in summer"))));

		Response refused = me.client()
			.putJson("/api/v1/safety-plan", Map.of("warningSigns", List.of(item("x".repeat(501))), "peopleToAsk",
					List.of(Map.of("personId", theirs)), "reasonsForLiving", List.of(Map.of("personId", addSam(me)))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("warningSigns[0].text", "peopleToAsk[0].personId",
					"reasonsForLiving[0].personId");
		assertThat(me.client().get("/api/v1/safety-plan").json().get("reasonsForLiving").get(0).get("text").asString())
			.isEqualTo("The sea in summer");
	}

	@Test
	void anotherAccountNeverSeesThePlan() {
		Person me = signedUpWithToken();
		me.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(item("My niece"))));
		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/safety-plan").json().get("reasonsForLiving")).isEmpty();
		assertThat(other.client().get("/api/v1/safety-plan/pdf").status()).isEqualTo(200);
	}

	@Test
	void whatSpeaksOfSelfHarmIsSavedAndFlagged() {
		Person me = signedUpWithToken();
		Response saved = me.client()
			.putJson("/api/v1/safety-plan", Map.of("warningSigns", List.of(item("I start thinking I want to die"))));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("safetyConcern").asBoolean()).isTrue();
		assertThat(me.client().get("/api/v1/safety-plan").json().get("warningSigns")).hasSize(1);
	}

	@Test
	void thePdfHoldsThePlanInThePersonsLanguage() throws Exception {
		Person me = signedUpWithToken();
		me.client().patchJson("/api/v1/me", Map.of("country", "ES", "locale", "es"));
		String sam = addSam(me);
		me.client()
			.putJson("/api/v1/safety-plan",
					Map.of("copingStrategies", List.of(item("Darme una ducha caliente")), "peopleToAsk",
							List.of(Map.of("personId", sam)), "reasonsForLiving", List.of(item("Mi perra, Luna"))));
		Response pdf = me.client().language("es").get("/api/v1/safety-plan/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
		String text = text(me.client().language("es").raw("/api/v1/safety-plan/pdf"));
		assertThat(text).contains("Mi plan de seguridad", "Darme una ducha caliente", "Mi perra, Luna", "Sam Rivera",
				"+34 600 111 222", "Mis razones para vivir", "024");
	}

	@Test
	void sharingIsASwitchPerPersonThatReadsOnlyWhileOn() {
		Person me = signedUpWithToken();
		String sam = addSam(me);
		String kim = me.client()
			.postJson("/api/v1/people", Map.of("name", "Kim", "safety", 3))
			.json()
			.get("id")
			.asString();
		Response shared = me.client()
			.putJson("/api/v1/safety-plan",
					Map.of("reasonsForLiving", List.of(item("My garden")), "sharedWith", List.of(sam)));
		assertThat(shared.json().get("sharedWith").get(0).asString()).isEqualTo(sam);
		assertThat(this.plans.sharesWith(me.accountId(), sam)).isTrue();
		assertThat(this.plans.sharesWith(me.accountId(), kim)).isFalse();

		Person other = signedUpWithToken();
		assertThat(this.plans.sharesWith(other.accountId(), sam)).isFalse();
		Response foreign = other.client().putJson("/api/v1/safety-plan", Map.of("sharedWith", List.of(sam)));
		assertThat(foreign.status()).isEqualTo(400);

		me.client()
			.putJson("/api/v1/safety-plan",
					Map.of("reasonsForLiving", List.of(item("My garden")), "sharedWith", List.of()));
		assertThat(this.plans.sharesWith(me.accountId(), sam)).isFalse();

		me.client().putJson("/api/v1/safety-plan", Map.of("sharedWith", List.of(kim)));
		me.client().delete("/api/v1/people/" + kim);
		assertThat(me.client().get("/api/v1/safety-plan").json().get("sharedWith")).isEmpty();
	}

	@Test
	void aMissingPersonInSharedWithIsAFieldError() {
		Person me = signedUpWithToken();
		Response refused = me.client().putJson("/api/v1/safety-plan", "{\"sharedWith\": [null]}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("sharedWith[0]");
	}

	@Test
	void thePlanPageWorksWithoutJavaScriptAndTheCardShowsThePlan() {
		Person me = signedUpInBrowser();
		me.client()
			.postForm("/people", "type", "person", "name", "Ana López", "sms", "+34 600 333 444", "safety", "5",
					"goodFor", "listening");
		Document page = me.client().get("/safety-plan").html();
		String ana = page.select("input[name=peopleToAskPeople]").attr("value");
		assertThat(ana).isNotBlank();
		assertThat(page.select("textarea[name=warningSigns]").attr("placeholder")).isNotBlank();

		Response tooLong = me.client()
			.postForm("/safety-plan", "copingStrategies", "Music\n" + "y".repeat(600), "reasonsForLiving",
					"My brother");
		assertThat(tooLong.status()).isEqualTo(400);
		Document again = tooLong.html();
		assertThat(again.select("textarea[name=reasonsForLiving]").text()).isEqualTo("My brother");
		assertThat(again.select(".error").text()).contains("500");

		Response saved = me.client()
			.postForm("/safety-plan", "copingStrategies", "Music with headphones\nHold something cold",
					"peopleToAskPeople", ana, "reasonsForLiving", "My brother");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).endsWith("/safety-plan?saved");

		Document card = me.client().get("/help").html();
		assertThat(card.select("#my-plan").text()).contains("Ana López", "Music with headphones", "My brother");
		assertThat(card.select("#my-plan a[href^=sms:]").attr("href")).isEqualTo("sms:+34600333444");
		assertThat(client().get("/help").html().select("#my-plan")).isEmpty();
	}

	static Map<String, Object> item(String text) {
		return Map.of("text", text);
	}

	private static String addSam(Person person) {
		return person.client()
			.postJson("/api/v1/people",
					Map.of("name", "Sam Rivera", "channels",
							List.of(Map.of("kind", "phone", "value", "+34 600 111 222")), "goodFor",
							List.of("listening"), "safety", 4))
			.json()
			.get("id")
			.asString();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
