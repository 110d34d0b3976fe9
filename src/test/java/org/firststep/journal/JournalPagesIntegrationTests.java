package org.firststep.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

	private record Saved(String id, Instant createdAt) {
	}

}
