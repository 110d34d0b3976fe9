package org.firststep.assessments;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentIntegrationTests extends IntegrationTest {

	@Test
	void scoredWithItsBandAndTheSelfHarmFlag() {
		Person me = signedUpWithToken();
		Response taken = me.client()
			.postJson("/api/v1/assessments",
					Map.of("instrument", "PHQ9", "answers", List.of(1, 2, 1, 2, 1, 1, 1, 1, 1), "difficulty", 2));
		assertThat(taken.status()).isEqualTo(201);
		assertThat(taken.json().get("score").asInt()).isEqualTo(11);
		assertThat(taken.json().get("band").asString()).isEqualTo("moderate");
		assertThat(taken.json().get("selfHarmFlag").asBoolean()).isTrue();
		Response gad = me.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "GAD7", "answers", List.of(0, 0, 1, 1, 1, 1, 1)));
		assertThat(gad.json().get("band").asString()).isEqualTo("mild");
		assertThat(gad.json().get("selfHarmFlag").asBoolean()).isFalse();
		assertThat(me.client().get("/api/v1/assessments").json().get("items")).hasSize(2);

		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/assessments/" + taken.json().get("id").asString()).status())
			.isEqualTo(404);
		assertThat(other.client().get("/api/v1/assessments").json().get("items")).isEmpty();
	}

	@Test
	void homeSuggestsACheckUntilOneIsTakenAndForgetsAShortOne() {
		Person me = signedUpInBrowser();
		String suggestion = "Two weeks since your last check.";
		assertThat(me.client().get("/").html().selectFirst("#next").text()).contains(suggestion);
		assertThat(me.client().postForm("/assessments/PHQ2", "item0", "1", "item1", "1").status()).isEqualTo(302);
		assertThat(me.client().get("/").html().selectFirst("#next").text()).contains(suggestion);
		Person withToken = signedUpWithToken();
		withToken.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "GAD7", "answers", List.of(0, 0, 1, 1, 1, 1, 1)));
		var browser = client();
		browser.postForm("/sign-in", "email", withToken.email(), "password", withToken.password());
		assertThat(browser.get("/").html().selectFirst("#next").text()).doesNotContain(suggestion);
	}

	@Test
	void wrongAnswersAnswer400() {
		Person me = signedUpWithToken();
		Response count = me.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "PHQ9", "answers", List.of(1, 2)));
		assertThat(count.status()).isEqualTo(400);
		assertThat(count.json().get("errors").get(0).get("field").asString()).isEqualTo("answers");
		Response range = me.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(4, 0)));
		assertThat(range.status()).isEqualTo(400);
		assertThat(range.json().get("errors").get(0).get("field").asString()).isEqualTo("answers[0]");
		assertThat(me.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "BDI", "answers", List.of(1)))
			.status()).isEqualTo(400);
		assertThat(me.client().postJson("/api/v1/assessments", Map.of("instrument", "PHQ2")).status()).isEqualTo(400);
	}

	@Test
	void thePagesUseTheExactWordsAndBringTheCrisisCardFirstAfterItem9() {
		Person me = signedUpInBrowser();
		me.client().patchJson("/api/v1/me", Map.of("country", "ES"));
		Document english = me.client().get("/assessments/PHQ9").html();
		assertThat(english.select("legend").eachText())
			.contains("Thoughts that you would be better off dead or of hurting yourself in some way");
		assertThat(english.text()).contains("Over the last 2 weeks, how often have you been bothered",
				"No permission required to reproduce, translate, display or distribute.");
		me.client().postForm("/language", "lang", "es", "return", "/");
		Document spanish = me.client().get("/assessments/GAD7").html();
		assertThat(spanish.select("legend").eachText()).contains("Ha tenido dificultad para relajarse");
		me.client().postForm("/language", "lang", "en", "return", "/");
		assertThat(me.client().get("/assessments/PHQ2").html().select(".notice").text())
			.contains("does not ask about thoughts of self-harm");

		Response incomplete = me.client().postForm("/assessments/PHQ9", "item0", "2", "item1", "1");
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.html().select("input[name=item0][value=2]").attr("checked")).isNotNull();
		assertThat(incomplete.html().select("input[name=item0][value=2][checked]")).hasSize(1);

		Response taken = me.client()
			.postForm("/assessments/PHQ9", "item0", "1", "item1", "1", "item2", "0", "item3", "0", "item4", "0",
					"item5", "0", "item6", "0", "item7", "0", "item8", "1");
		assertThat(taken.status()).isEqualTo(302);
		Document result = me.client().follow(taken).html();
		Element first = result.select("main > *").first();
		assertThat(first.id()).isEqualTo("crisis-first");
		assertThat(first.select("a[href^=tel:]")).isNotEmpty();
		assertThat(first.select("a[href=/safety-plan]")).hasSize(1);
		assertThat(result.select("main").text()).contains("3 out of 27");
		assertThat(result.select("main").html().indexOf("crisis-first"))
			.isLessThan(result.select("main").html().indexOf("3 out of 27"));
	}

	@Test
	void theAssessmentsPageShowsTwentyResultsWithALinkToOlderOnes() {
		Person me = signedUpInBrowser();
		for (int i = 0; i < 22; i++) {
			me.client().postJson("/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(1, 1)));
		}

		Opened first = opened(me.client(), "/assessments");
		Document html = first.response().html();
		Opened second = opened(me.client(), html.selectFirst("a[rel=next]").attr("href"));

		assertThat(html.select("table tbody tr")).hasSize(20);
		assertThat(first.count()).as("twenty results, and the one that tells an older page exists").isEqualTo(21);
		assertThat(second.response().html().select("table tbody tr")).hasSize(2);
		assertThat(second.response().html().selectFirst("a[rel=next]")).isNull();
	}

}
