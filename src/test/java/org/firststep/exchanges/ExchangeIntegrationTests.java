package org.firststep.exchanges;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeIntegrationTests extends IntegrationTest {

	@Test
	void noteHelpBothWaysAndSeeTheBalance() {
		Person me = signedUpWithToken();
		String sam = person(me, "Sam");
		String kim = person(me, "Kim");
		assertThat(me.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "given", "personId", sam, "what", "Fed her cat"))
			.status()).isEqualTo(201);
		me.client()
			.postJson("/api/v1/exchanges",
					Map.of("direction", "given", "personId", sam, "what", "Listened", "date", "2026-10-01"));
		Response received = me.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "received", "personId", kim, "what", "A lift"));
		String id = received.json().get("id").asString();
		JsonNode balance = me.client().get("/api/v1/exchanges/balance").json();
		assertThat(balance.get("given").asLong()).isEqualTo(2);
		assertThat(balance.get("received").asLong()).isEqualTo(1);
		assertThat(balance.get("byPerson")).hasSize(2);
		assertThat(me.client().delete("/api/v1/exchanges/" + id).status()).isEqualTo(204);
		assertThat(me.client().get("/api/v1/exchanges").json().get("items")).hasSize(2);

		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/exchanges").json().get("items")).isEmpty();
		assertThat(other.client().delete("/api/v1/exchanges/" + id).status()).isEqualTo(404);
		assertThat(other.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "given", "personId", sam, "what", "Hi"))
			.status()).isEqualTo(400);
	}

	@Test
	void badInputIsRefusedWithClearFields() {
		Person me = signedUpWithToken();
		Response refused = me.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "lent", "what", "", "date", "2099-01-01"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("direction", "personId", "what");
		String sam = person(me, "Sam");
		Response future = me.client()
			.postJson("/api/v1/exchanges",
					Map.of("direction", "given", "personId", sam, "what", "Soup", "date", "2099-01-01"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
	}

	@Test
	void afterAYesOneTapNotesTheHelpAndAsksGentlyWhatCouldGoBack() {
		Person me = signedUpInBrowser();
		me.client().postForm("/people", "type", "person", "name", "Sam Rivera", "safety", "4", "goodFor", "practical");
		String sam = me.client().get("/api/v1/people").json().get("items").get(0).get("id").asString();
		String ask = me.client()
			.postJson("/api/v1/asks",
					Map.of("personId", sam, "need", "practical", "size", "small", "message",
							"Could you help me carry a sofa on Saturday at 10 for an hour? Fine if not."))
			.json()
			.get("id")
			.asString();
		me.client().postJson("/api/v1/asks/" + ask + "/outcome", Map.of("outcome", "yes", "feelingAfter", 8));
		Document askPage = me.client().get("/asks/" + ask).html();
		assertThat(askPage.select("form[action='/give-and-take/from-ask/" + ask + "'] button").text())
			.isEqualTo("Note what you could give back some day");

		Response tapped = me.client().postForm("/give-and-take/from-ask/" + ask);
		assertThat(tapped.status()).isEqualTo(302);
		Document page = me.client().follow(tapped).html();
		assertThat(page.select("#give-back h2").text()).isEqualTo("Something you could give back, some day");
		assertThat(page.select("select[name=personId] option[selected]").attr("value")).isEqualTo(sam);
		assertThat(page.select("input[name=direction][value=given][checked]")).hasSize(1);
		List<String> whats = me.client()
			.get("/api/v1/exchanges")
			.json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("what").asString())
			.toList();
		assertThat(whats).containsExactly("Helped with something practical when I asked");

		me.client().postForm("/give-and-take", "direction", "given", "personId", sam, "what", "Baked a cake");
		me.client().postForm("/give-and-take", "direction", "given", "personId", sam, "what", "Walked the dog");
		assertThat(me.client().get("/give-and-take").html().select("#gives-more").text())
			.contains("a gift to them too");
	}

	@Test
	void thePageOpensOnePageOfEntriesAndTheBalanceOpensNone() {
		Person me = signedUpInBrowser();
		String sam = person(me, "Sam");
		given(me, sam, 0);
		Opened oneEntry = opened(me.client(), "/give-and-take");
		for (int i = 1; i < 25; i++) {
			given(me, sam, i);
		}

		Opened newest = opened(me.client(), "/give-and-take");
		Opened older = opened(me.client(),
				newest.response().html().selectFirst("ul.entries + p a[rel=next]").attr("href"));

		assertThat(newest.response().html().select("ul.entries li")).hasSize(20);
		assertThat(newest.response().html().select("#balance p").text()).contains("25");
		assertThat(newest.count())
			.as("the twenty entries shown and the one read to know an older page exists; the balance counts"
					+ " clear columns")
			.isEqualTo(oneEntry.count() + 20);
		assertThat(older.response().html().select("ul.entries li")).hasSize(5);
		assertThat(older.response().html().select("a[rel=next]")).isEmpty();
		assertThat(older.count()).isEqualTo(oneEntry.count() + 4);
		assertThat(me.client().get("/give-and-take?cursor=unknown").status()).isEqualTo(400);
	}

	private static void given(Person me, String personId, int n) {
		assertThat(me.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "given", "personId", personId, "what", "Help " + n))
			.status()).isEqualTo(201);
	}

	private static String person(Person me, String name) {
		return me.client().postJson("/api/v1/people", Map.of("name", name, "safety", 3)).json().get("id").asString();
	}

	@Test
	void aPersonIdWithANulIsRefusedBeforeTheDatabase() {
		Person me = signedUpWithToken();
		Response refused = me.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "given", "personId", "\u0000", "what", "Lent a book"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("character we can’t store");
	}

}
