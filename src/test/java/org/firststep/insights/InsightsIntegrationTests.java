package org.firststep.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;

import static org.assertj.core.api.Assertions.assertThat;

class InsightsIntegrationTests extends IntegrationTest {

	@Test
	void aFortnightOfLowMoodSaysItMayBeTimeAndOffersAPrefilledAsk() {
		Person me = signedUpWithToken();
		String sam = me.client()
			.postJson("/api/v1/people", Map.of("name", "Sam Rivera", "safety", 5, "goodFor", List.of("professional")))
			.json()
			.get("id")
			.asString();
		JsonNode calm = me.client().get("/api/v1/time-to-ask").json();
		assertThat(calm.get("timeToAsk").asBoolean()).isFalse();
		assertThat(calm.get("step").get("href").asString()).startsWith("/asks/new");

		LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
		for (int day = 0; day < 14; day += 2) {
			me.client()
				.postJson("/api/v1/checkins",
						Map.of("date", today.minusDays(day).toString(), "mood", 3, "signs", List.of("declinedHelp")));
		}
		JsonNode verdict = me.client().get("/api/v1/time-to-ask").json();
		assertThat(verdict.get("timeToAsk").asBoolean()).isTrue();
		assertThat(verdict.get("urgent").asBoolean()).isFalse();
		assertThat(verdict.get("reasons").get(0).asString()).contains("7 of the 7 days");
		assertThat(verdict.get("step").get("href").asString())
			.isEqualTo("/asks/new?need=professional&person=" + sam + "&size=small");

		JsonNode patterns = me.client().get("/api/v1/patterns").json().get("items");
		assertThat(patterns.valueStream().map((pattern) -> pattern.get("kind").asString())).contains("lowMood",
				"pullingAway");
		assertThat(patterns.get(0).get("step").get("text").asString()).isNotBlank();

		me.client().postJson("/api/v1/checkins", Map.of("mood", 3, "note", "thinking about ending my life"));
		JsonNode urgent = me.client().get("/api/v1/time-to-ask").json();
		assertThat(urgent.get("urgent").asBoolean()).isTrue();
		assertThat(urgent.get("step").get("href").asString()).isEqualTo("/help");

		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/time-to-ask").json().get("timeToAsk").asBoolean()).isFalse();
		assertThat(other.client().get("/api/v1/patterns").json().get("items")).isEmpty();
	}

	@Test
	void theInsightsPageShowsEveryFigureAsATableWithoutJavaScript() {
		Person me = signedUpInBrowser();
		me.client().postForm("/checkins/mood", "mood", "6");
		me.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "GAD7", "answers", List.of(1, 1, 1, 1, 1, 1, 1)));
		for (String period : List.of("14", "90", "365")) {
			Document page = me.client().get("/insights?days=" + period).html();
			assertThat(page.select("#mood svg[role=img]")).hasSize(1);
			assertThat(page.select("#mood table tbody tr")).isNotEmpty();
			assertThat(page.select("#scores table").text()).contains("GAD-7", "7 / 21");
			assertThat(page.select("#asks-per-week table tbody tr")).hasSize(12);
			assertThat(page.select("#time-to-ask a.button")).hasSize(1);
		}
		assertThat(me.client().get("/insights?days=14").html().select("#mood tbody tr")).hasSize(14);
	}

	@Test
	void aPeriodThatIsNotANumberAnswers400InFirstStepsOwnPage() {
		Person me = signedUpInBrowser();
		var refused = me.client().get("/insights?days=abc");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("text/html");
		assertThat(refused.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(me.client().get("/insights?days=90").status()).isEqualTo(200);
	}

}
