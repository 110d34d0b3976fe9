package org.firststep.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal list is read from the database page by page (keyset pagination). Run on
 * SQLite and on PostgreSQL, each run compares the pages with the same order worked out
 * here from what the API answered on each save: newest first, the id breaking ties of the
 * same millisecond. So both databases give the same pages.
 */
class JournalPagesIntegrationTests extends IntegrationTest {

	@Test
	void pagesThroughMoreEntriesThanOnePageNewestFirstWithNoneRepeatedOrSkipped() {
		Person me = signedUpWithToken();
		List<Saved> saved = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			JsonNode entry = me.client().postJson("/api/v1/journal", Map.of("text", "Entry " + i)).json();
			saved.add(new Saved(entry.get("id").asString(), Instant.parse(entry.get("createdAt").asString())));
		}
		List<String> newestFirst = saved.stream()
			.sorted(Comparator.comparing(Saved::createdAt).thenComparing(Saved::id).reversed())
			.map(Saved::id)
			.toList();

		List<String> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = me.client()
				.get("/api/v1/journal?limit=50" + ((cursor != null) ? "&cursor=" + cursor : ""))
				.json();
			page.get("items").forEach((item) -> seen.add(item.get("id").asString()));
			sizes.add(page.get("items").size());
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null && sizes.size() < 10);

		assertThat(sizes).containsExactly(50, 50, 20);
		assertThat(seen).containsExactlyElementsOf(newestFirst);
		assertThat(me.client().get("/api/v1/journal").json().get("items")).as("the default limit is 50").hasSize(50);
	}

	@Test
	void aCursorThatIsNotOneOfTheAccountsEntriesIs400NamingTheCursor() {
		Person me = signedUpWithToken();
		String mine = me.client().postJson("/api/v1/journal", Map.of("text", "Mine")).json().get("id").asString();
		String gone = me.client().postJson("/api/v1/journal", Map.of("text", "Gone")).json().get("id").asString();
		me.client().delete("/api/v1/journal/" + gone);
		Person other = signedUpWithToken();

		assertThat(me.client().get("/api/v1/journal?cursor=" + mine).json().get("items")).isEmpty();
		for (Response refused : List.of(me.client().get("/api/v1/journal?cursor=nope"),
				me.client().get("/api/v1/journal?cursor=" + gone),
				other.client().get("/api/v1/journal?cursor=" + mine))) {
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
		}
	}

	@Test
	void theJournalPageShowsTwentyEntriesOpeningOnlyThoseWithALinkToOlderOnes() {
		Person me = signedUpInBrowser();
		for (int i = 0; i < 60; i++) {
			me.client().postJson("/api/v1/journal", Map.of("text", "Entry " + i, "mood", 5));
		}
		List<String> newestFirst = new ArrayList<>();
		me.client()
			.get("/api/v1/journal?limit=60")
			.json()
			.get("items")
			.forEach((item) -> newestFirst.add(item.get("id").asString()));

		List<String> seen = new ArrayList<>();
		String path = "/journal";
		List<Long> opened = new ArrayList<>();
		while (path != null && opened.size() < 5) {
			Opened page = opened(me.client(), path);
			opened.add(page.count());
			Document html = page.response().html();
			html.select("ul.entries a[href^=/journal/]").forEach((link) -> seen.add(link.attr("href").substring(9)));
			Element next = html.selectFirst("a[rel=next]");
			path = (next != null) ? next.attr("href") : null;
		}

		assertThat(seen).containsExactlyElementsOf(newestFirst);
		// Twenty entries a page, text and mood each, and on a page with an older one
		// after it, the row that tells so.
		assertThat(opened).containsExactly(42L, 42L, 40L);
	}

	@Test
	void aSearchLooksThroughABoundedRunOfEntriesAndSaysWhereToGoOn() {
		Person me = signedUpInBrowser();
		me.client().postJson("/api/v1/journal", Map.of("text", "A grey heron by the river"));
		for (int i = 0; i < JournalService.SEARCHED_AT_MOST + 4; i++) {
			me.client().postJson("/api/v1/journal", Map.of("text", "Entry " + i));
		}

		me.client().postForm("/language", "lang", "es", "return", "/journal");
		Opened first = opened(me.client(), "/journal?q=Heron");
		Document html = first.response().html();
		assertThat(html.select("ul.entries li")).isEmpty();
		assertThat(html.text()).contains("Hemos mirado 500 entradas hasta ahora.")
			.doesNotContain("Ninguna entrada contiene esas palabras.");
		assertThat(first.count()).isEqualTo(JournalService.SEARCHED_AT_MOST);
		Opened rest = opened(me.client(), html.selectFirst("a[rel=next]").attr("href"));
		assertThat(rest.response().html().select("ul.entries li").text()).contains("A grey heron by the river");
		assertThat(rest.response().html().selectFirst("a[rel=next]")).isNull();
		assertThat(rest.count()).isEqualTo(5);

		JsonNode api = me.client().get("/api/v1/journal?q=heron&limit=10").json();
		assertThat(api.get("items")).isEmpty();
		JsonNode found = me.client()
			.get("/api/v1/journal?q=heron&limit=10&cursor=" + api.get("next").asString())
			.json();
		assertThat(found.get("items")).hasSize(1);
		assertThat(found.get("next").isNull()).isTrue();
	}

	@Test
	void aLinkFromAnEntryDeletedSinceShowsTheNewestEntriesAndSaysSoInThePersonsLanguage() {
		Person me = signedUpInBrowser();
		String gone = me.client().postJson("/api/v1/journal", Map.of("text", "Gone")).json().get("id").asString();
		me.client().postJson("/api/v1/journal", Map.of("text", "Still here"));
		me.client().delete("/api/v1/journal/" + gone);
		me.client().postForm("/language", "lang", "es", "return", "/journal");

		Response page = me.client().get("/journal?cursor=" + gone);

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().select("[role=alert]").text()).contains("Ese punto de tu diario ya no existe");
		assertThat(page.html().select("ul.entries li").text()).contains("Still here");
	}

	private record Saved(String id, Instant createdAt) {
	}

}
