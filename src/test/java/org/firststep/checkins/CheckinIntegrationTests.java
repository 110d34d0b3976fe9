package org.firststep.checkins;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class CheckinIntegrationTests extends IntegrationTest {

	@Test
	void oneCheckinADayThatASecondOneReplaces() {
		Person me = signedUpWithToken();
		String today = LocalDate.now(ZoneId.of("Europe/Madrid")).toString();
		Response first = me.client()
			.postJson("/api/v1/checkins", Map.of("mood", 6, "energy", 4, "sleepHours", 7.5, "signs",
					List.of("saidImFine"), "note", "Walked to the shop"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("date").asString()).isEqualTo(today);
		assertThat(first.json().get("safetyConcern").asBoolean()).isFalse();
		assertThat(first.json().get("veryLow").asBoolean()).isFalse();

		Response second = me.client()
			.postJson("/api/v1/checkins", Map.of("mood", 2, "note", "I want to disappear forever"));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(second.json().get("veryLow").asBoolean()).isTrue();
		assertThat(second.json().get("safetyConcern").asBoolean()).isTrue();

		me.client().postJson("/api/v1/checkins", Map.of("date", "2026-01-10", "mood", 7));
		var all = me.client().get("/api/v1/checkins?from=2026-01-01").json().get("items");
		assertThat(all).hasSize(2);
		assertThat(all.get(0).get("mood").asInt()).isEqualTo(2);
		assertThat(all.get(0).has("safetyConcern")).isFalse();
		assertThat(me.client().get("/api/v1/checkins?from=2026-01-01&to=2026-01-31").json().get("items")).hasSize(1);
	}

	@Test
	void everyFieldIsCheckedAndAnotherAccountSeesNothing() {
		Person me = signedUpWithToken();
		Response refused = me.client()
			.postJson("/api/v1/checkins",
					Map.of("mood", 11, "energy", -1, "sleepHours", 30, "signs", List.of("sad"), "date", "yesterday"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("mood", "energy", "sleepHours", "signs[0]", "date");
		assertThat(me.client().postJson("/api/v1/checkins", Map.of("energy", 3)).status()).isEqualTo(400);
		Response future = me.client().postJson("/api/v1/checkins", Map.of("mood", 5, "date", "2099-01-01"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
		assertThat(me.client().get("/api/v1/checkins?from=soon").status()).isEqualTo(400);

		me.client().postJson("/api/v1/checkins", Map.of("mood", 5));
		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/checkins").json().get("items")).isEmpty();
	}

	@Test
	void oneTapFromHomeThenMoreIfTheyWantAndAGentleWordWhenVeryLow() {
		Person me = signedUpInBrowser();
		Document home = me.client().get("/").html();
		assertThat(home.select("form[action='/checkins/mood'] button[name=mood]")).hasSize(11);

		Response tapped = me.client().postForm("/checkins/mood", "mood", "2");
		assertThat(tapped.header("Location")).endsWith("/checkins/today?saved");
		Document today = me.client().follow(tapped).html();
		assertThat(today.select("#not-alone").text()).contains("You are not alone");
		assertThat(today.select("#not-alone a[href=/help]")).hasSize(1);
		assertThat(today.select("#not-alone a[href^=/asks/new]")).hasSize(1);

		Response details = me.client()
			.postForm("/checkins/today", "mood", "3", "energy", "2", "sleepHours", "lots", "signs", "isolated", "note",
					"Stayed in bed");
		assertThat(details.status()).isEqualTo(400);
		assertThat(details.html().select("textarea[name=note]").text()).isEqualTo("Stayed in bed");
		Response saved = me.client()
			.postForm("/checkins/today", "mood", "3", "energy", "2", "sleepHours", "5", "signs", "isolated", "note",
					"Stayed in bed");
		assertThat(saved.header("Location")).endsWith("/checkins?saved");
		Document history = me.client().follow(saved).html();
		assertThat(history.select("table tbody tr")).hasSize(1);
		assertThat(history.select("table").text()).contains("I kept to myself");

		me.client().postForm("/checkins/mood", "mood", "7");
		var stored = me.client().get("/api/v1/checkins").json().get("items").get(0);
		assertThat(stored.get("mood").asInt()).isEqualTo(7);
		assertThat(stored.get("note").asString()).as("the one tap keeps the rest of the day")
			.isEqualTo("Stayed in bed");
	}

}
