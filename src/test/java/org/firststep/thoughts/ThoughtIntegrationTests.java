package org.firststep.thoughts;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class ThoughtIntegrationTests extends IntegrationTest {

	@Test
	void writeReadChangeAndDeleteARecord() {
		Person me = signedUpWithToken();
		Response added = me.client()
			.postJson("/api/v1/thought-records",
					Map.of("situation", "About to text Sam", "automaticThought", "She'll think I'm needy",
							"beliefBefore", 80, "emotions", List.of(Map.of("name", "shame", "strength", 70)), "traps",
							List.of("mindReading", "fortuneTelling"), "evidenceAgainst", "She asked me to tell her"));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("safetyConcern").asBoolean()).isFalse();
		String id = added.json().get("id").asString();

		Response changed = me.client()
			.patchJson("/api/v1/thought-records/" + id,
					Map.of("balancedThought", "She may be glad I asked", "beliefAfter", 35));
		assertThat(changed.status()).isEqualTo(200);
		JsonNode read = me.client().get("/api/v1/thought-records/" + id).json();
		assertThat(read.get("automaticThought").asString()).isEqualTo("She'll think I'm needy");
		assertThat(read.get("beliefAfter").asInt()).isEqualTo(35);
		assertThat(read.get("emotions").get(0).get("name").asString()).isEqualTo("shame");
		assertThat(read.get("traps")).hasSize(2);
		assertThat(me.client().get("/api/v1/thought-records").json().get("items")).hasSize(1);

		assertThat(me.client().delete("/api/v1/thought-records/" + id).status()).isEqualTo(204);
		assertThat(me.client().get("/api/v1/thought-records/" + id).status()).isEqualTo(404);
	}

	@Test
	void badInputIsRefusedAndAnotherAccountGets404() {
		Person me = signedUpWithToken();
		Response refused = me.client()
			.postJson("/api/v1/thought-records", Map.of("beliefBefore", 120, "traps", List.of("laziness"), "emotions",
					List.of(Map.of("name", "", "strength", 200))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("automaticThought", "beliefBefore", "traps[0]", "emotions[0].name", "emotions[0].strength");
		Response wrongAsk = me.client()
			.postJson("/api/v1/thought-records", Map.of("automaticThought", "No one cares", "askId", "not-mine"));
		assertThat(wrongAsk.status()).isEqualTo(400);
		assertThat(wrongAsk.json().get("errors").get(0).get("field").asString()).isEqualTo("askId");

		String id = me.client()
			.postJson("/api/v1/thought-records", Map.of("automaticThought", "I'm too much"))
			.json()
			.get("id")
			.asString();
		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/thought-records/" + id).status()).isEqualTo(404);
		assertThat(other.client().patchJson("/api/v1/thought-records/" + id, Map.of("beliefAfter", 1)).status())
			.isEqualTo(404);
		assertThat(other.client().delete("/api/v1/thought-records/" + id).status()).isEqualTo(404);
		assertThat(other.client().get("/api/v1/thought-records").json().get("items")).isEmpty();
	}

	@Test
	void trapsAndBeliefsInBothLanguages() {
		Person me = signedUpWithToken();
		JsonNode traps = me.client().get("/api/v1/thinking-traps").json();
		assertThat(traps).hasSize(12);
		assertThat(traps.get(0).get("definition").asString()).isNotBlank();
		JsonNode beliefs = me.client().get("/api/v1/beliefs").json();
		assertThat(beliefs.size()).isGreaterThanOrEqualTo(12);
		beliefs.forEach((belief) -> {
			assertThat(belief.get("alternatives").size()).isBetween(2, 3);
			assertThat(belief.get("experiment").get("href").asString()).startsWith("/asks/new?need=");
		});
		assertThat(me.client().language("es").get("/api/v1/beliefs").json().get(0).get("belief").asString())
			.isEqualTo("Sería una carga.");
	}

	@Test
	void oneTapFromAnAskThatFeelsTooHardOpensARecordAboutIt() {
		Person me = signedUpInBrowser();
		me.client().postForm("/people", "type", "person", "name", "Sam Rivera", "safety", "4", "goodFor", "listening");
		String sam = me.client().get("/api/v1/people").json().get("items").get(0).get("id").asString();
		String ask = me.client()
			.postJson("/api/v1/asks",
					Map.of("personId", sam, "need", "listening", "size", "small", "message", "Could we talk tonight?"))
			.json()
			.get("id")
			.asString();
		Document askPage = me.client().get("/asks/" + ask).html();
		String link = askPage.select("a:contains(feels too hard)").attr("href");
		assertThat(link).isEqualTo("/thoughts/new?ask=" + ask);
		Document form = me.client().get(link).html();
		assertThat(form.select("input[name=askId]").attr("value")).isEqualTo(ask);
		assertThat(form.select(".lead").text()).contains("Sam");

		Response saved = me.client()
			.postForm("/thoughts", "askId", ask, "automaticThought", "I'll be a burden", "beliefBefore", "90", "traps",
					"emotionalReasoning", "emotionName0", "worry", "emotionStrength0", "60");
		assertThat(saved.status()).isEqualTo(302);
		JsonNode stored = me.client().get("/api/v1/thought-records").json().get("items").get(0);
		assertThat(stored.get("askId").asString()).isEqualTo(ask);
		assertThat(stored.get("emotions").get(0).get("strength").asInt()).isEqualTo(60);
		assertThat(me.client().get("/beliefs").html().select("section.card")).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void theRecordsPageShowsTwentyAndOpensOnlyThoseWithALinkToOlderOnes() {
		Person me = signedUpInBrowser();
		for (int i = 0; i < 25; i++) {
			me.client().postJson("/api/v1/thought-records", Map.of("automaticThought", "Thought " + i));
		}

		Opened first = opened(me.client(), "/thoughts");
		Document html = first.response().html();
		Opened second = opened(me.client(), html.selectFirst("a[rel=next]").attr("href"));

		assertThat(html.select("ul.records li")).hasSize(20);
		assertThat(html.select("ul.records li").text()).contains("Thought 24");
		assertThat(first.count()).as("twenty records, and the one that tells an older page exists").isEqualTo(21);
		assertThat(second.response().html().select("ul.records li")).hasSize(5);
		assertThat(second.response().html().selectFirst("a[rel=next]")).isNull();
	}

}
