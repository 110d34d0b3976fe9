package org.firststep.journal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class JournalIntegrationTests extends IntegrationTest {

	@Test
	void writeSearchChangeAndDelete() {
		Person me = signedUpWithToken();
		Response first = me.client()
			.postJson("/api/v1/journal", Map.of("text", "Café with Ana. Felt lighter.", "mood", 6));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("safetyConcern").asBoolean()).isFalse();
		me.client().postJson("/api/v1/journal", Map.of("text", "Rain all day, stayed in."));
		assertThat(me.client().get("/api/v1/journal?q=cafe%20ana").json().get("items")).hasSize(1);
		assertThat(me.client().get("/api/v1/journal?q=RAIN").json().get("items")).hasSize(1);
		assertThat(me.client().get("/api/v1/journal").json().get("items")).hasSize(2);

		String id = first.json().get("id").asString();
		Response changed = me.client().patchJson("/api/v1/journal/" + id, Map.of("text", "I don't want to be alive"));
		assertThat(changed.json().get("safetyConcern").asBoolean()).isTrue();
		assertThat(changed.json().get("mood").asInt()).isEqualTo(6);
		assertThat(me.client().delete("/api/v1/journal/" + id).status()).isEqualTo(204);
		assertThat(me.client().get("/api/v1/journal/" + id).status()).isEqualTo(404);
	}

	@Test
	void badInputAndOtherAccounts() {
		Person me = signedUpWithToken();
		Response refused = me.client().postJson("/api/v1/journal", Map.of("text", " ", "mood", 12));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("text", "mood");
		String id = me.client().postJson("/api/v1/journal", Map.of("text", "Mine")).json().get("id").asString();
		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/journal/" + id).status()).isEqualTo(404);
		assertThat(other.client().delete("/api/v1/journal/" + id).status()).isEqualTo(404);
		assertThat(other.client().get("/api/v1/journal?q=Mine").json().get("items")).isEmpty();
	}

	@Test
	void thePageSavesWithoutJavaScriptAndNamesTheDraftToForget() {
		Person me = signedUpInBrowser();
		assertThat(me.client().get("/journal").html().select("textarea[data-draft='journal:new']")).hasSize(1);
		Response empty = me.client().postForm("/journal", "text", "", "mood", "3");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.html().select("input[name=mood][value=3][checked]")).hasSize(1);
		Response saved = me.client().postForm("/journal", "text", "A short walk", "mood", "5");
		assertThat(saved.header("Location")).endsWith("/journal?saved=new");
		var page = me.client().follow(saved).html();
		assertThat(page.select("[data-draft-saved]").attr("data-draft-saved")).isEqualTo("journal:new");
		assertThat(page.select(".entry").text()).isEqualTo("A short walk");
		assertThat(me.client().get("/journal?q=walk").html().select(".entry")).hasSize(1);
		assertThat(me.client().get("/journal?q=swim").html().select(".entry")).isEmpty();
	}

	/**
	 * Beyond what the container reads from a form (2 MB), the page is FirstStep's own 413
	 * with its headers and the crisis link; nothing is saved and the page does not
	 * confirm a save, so the browser keeps its draft.
	 */
	@Test
	void anEntryLargerThanAFormMayBeAnswers413InFirstStepsOwnPage() {
		Person me = signedUpInBrowser();
		Response refused = me.client().postForm("/journal", "text", "A long night. ".repeat(220_000), "mood", "3");
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("text/html");
		assertThat(refused.header("Content-Security-Policy")).isNotBlank();
		var page = refused.html();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Too large");
		assertThat(page.selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(page.select("[data-draft-saved]")).as("the draft is not forgotten").isEmpty();
		assertThat(me.client().get("/journal").html().select(".entry")).isEmpty();
	}

}
