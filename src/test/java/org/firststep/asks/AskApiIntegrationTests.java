package org.firststep.asks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class AskApiIntegrationTests extends IntegrationTest {

	static String addPerson(Person me, String name, int safety, String... needs) {
		return me.client()
			.postJson("/api/v1/people",
					Map.of("name", name, "safety", safety, "goodFor", List.of(needs), "channels",
							List.of(Map.of("kind", "sms", "value", "+34 600 000 00" + safety))))
			.json()
			.get("id")
			.asString();
	}

	static Map<String, Object> ask(String personId, String size, Integer predicted) {
		Map<String, Object> body = new HashMap<>(Map.of("personId", personId, "need", "listening", "size", size,
				"message", "Could you call me tomorrow at 6 for ten minutes? No worries if not.", "channel", "sms",
				"dread", 4, "sendBy", "2030-01-15T18:00:00Z"));
		if (predicted != null) {
			body.put("predictedYes", predicted);
		}
		return body;
	}

	@Test
	void anAskGoesFromPlannedToSentToAnswered() {
		Person me = signedUpWithToken();
		String sam = addPerson(me, "Sam", 4, "listening");
		Response created = me.client().postJson("/api/v1/asks", ask(sam, "tiny", 30));
		assertThat(created.status()).isEqualTo(201);
		JsonNode ask = created.json();
		String id = ask.get("id").asString();
		assertThat(ask.get("status").asString()).isEqualTo("planned");
		assertThat(ask.get("predictedYes").asInt()).isEqualTo(30);
		assertThat(ask.get("sendBy").asString()).isEqualTo("2030-01-15T18:00:00Z");

		assertThat(me.client().postJson("/api/v1/asks/" + id + "/sent", Map.of()).json().get("status").asString())
			.isEqualTo("sent");
		Response answered = me.client()
			.postJson("/api/v1/asks/" + id + "/outcome",
					Map.of("outcome", "yes", "feelingAfter", 8, "note", "Relieved."));
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.json().get("ask").get("status").asString()).isEqualTo("answered");
		assertThat(answered.json().get("ask").get("note").asString()).isEqualTo("Relieved.");
		assertThat(answered.json().get("backup").isNull()).isTrue();
		assertThat(me.client().get("/api/v1/asks").json().get("items").get(0).get("outcome").asString())
			.isEqualTo("yes");
	}

	@Test
	void eachStatusIsStoredAndShownAsTheSameWord() {
		Person me = signedUpWithToken();
		String sam = addPerson(me, "Sam", 4, "listening");
		Map<String, Object> draft = ask(sam, "tiny", null);
		draft.remove("sendBy");
		String id = me.client().postJson("/api/v1/asks", draft).json().get("id").asString();
		assertThat(statusShownAndStored(me, id)).containsExactly("draft", "draft");
		me.client().patchJson("/api/v1/asks/" + id, Map.of("sendBy", "2030-01-15T18:00:00Z"));
		assertThat(statusShownAndStored(me, id)).containsExactly("planned", "planned");
		me.client().postJson("/api/v1/asks/" + id + "/sent", Map.of());
		assertThat(statusShownAndStored(me, id)).containsExactly("sent", "sent");
		me.client().postJson("/api/v1/asks/" + id + "/cancel", Map.of());
		assertThat(statusShownAndStored(me, id)).containsExactly("cancelled", "cancelled");
		me.client().postJson("/api/v1/asks/" + id + "/outcome", Map.of("outcome", "yes"));
		assertThat(statusShownAndStored(me, id)).as("a cancelled ask gets no outcome")
			.containsExactly("cancelled", "cancelled");

		String other = me.client().postJson("/api/v1/asks", ask(sam, "tiny", null)).json().get("id").asString();
		me.client().postJson("/api/v1/asks/" + other + "/outcome", Map.of("outcome", "partly"));
		assertThat(statusShownAndStored(me, other)).containsExactly("answered", "answered");
	}

	private List<String> statusShownAndStored(Person me, String id) {
		return List.of(me.client().get("/api/v1/asks/" + id).json().get("status").asString(),
				this.jdbc.sql("SELECT status FROM ask WHERE id = ?").param(id).query(String.class).single());
	}

	@Test
	void aNoOffersTheBackupOrTheNextSafestWithAKindWord() {
		Person me = signedUpWithToken();
		String sam = addPerson(me, "Sam", 5, "listening");
		String kim = addPerson(me, "Kim", 3, "listening");
		String lee = addPerson(me, "Lee", 4, "listening");
		Map<String, Object> withBackup = ask(sam, "small", 50);
		withBackup.put("backupPersonId", kim);
		String first = me.client().postJson("/api/v1/asks", withBackup).json().get("id").asString();
		JsonNode no = me.client().postJson("/api/v1/asks/" + first + "/outcome", Map.of("outcome", "no")).json();
		assertThat(no.get("backup").get("personId").asString()).isEqualTo(kim);
		assertThat(no.get("encouragement").asString()).contains("says more about what the other person has going on");

		String second = me.client().postJson("/api/v1/asks", ask(sam, "small", 50)).json().get("id").asString();
		JsonNode noReply = me.client()
			.postJson("/api/v1/asks/" + second + "/outcome", Map.of("outcome", "noReply"))
			.json();
		assertThat(noReply.get("backup").get("personId").asString()).as("the next safest, not the one asked")
			.isEqualTo(lee);
	}

	@Test
	void theGapAndTheLadderFollowTheAnswers() {
		Person me = signedUpWithToken();
		String sam = addPerson(me, "Sam", 4, "listening");
		JsonNode early = me.client().get("/api/v1/insights/rejection-gap").json();
		assertThat(early.get("gap").isNull()).isTrue();
		assertThat(early.get("sentence").asString()).contains("After 3 answered asks");
		assertThat(me.client().get("/api/v1/asks/ladder").json().get("suggestedNext").asString()).isEqualTo("tiny");

		int[] predictions = { 20, 30, 40 };
		String[] outcomes = { "yes", "yes", "partly" };
		String[] sizes = { "tiny", "small", "tiny" };
		for (int i = 0; i < 3; i++) {
			String id = me.client()
				.postJson("/api/v1/asks", ask(sam, sizes[i], predictions[i]))
				.json()
				.get("id")
				.asString();
			me.client().postJson("/api/v1/asks/" + id + "/outcome", Map.of("outcome", outcomes[i]));
		}
		JsonNode gap = me.client().get("/api/v1/insights/rejection-gap").json();
		assertThat(gap.get("answered").asInt()).isEqualTo(3);
		assertThat(gap.get("meanPredictedYes").asDouble()).isEqualTo(30.0);
		assertThat(gap.get("actualYesRate").asDouble()).isEqualTo(83.3);
		assertThat(gap.get("gap").asDouble()).isEqualTo(53.3);
		assertThat(gap.get("sentence").asString()).isEqualTo("You expected about 3 in 10 to say yes; 8 in 10 did.");
		JsonNode ladder = me.client().get("/api/v1/asks/ladder").json();
		assertThat(ladder.get("suggestedNext").asString()).isEqualTo("medium");
		assertThat(ladder.get("rungs").valueStream().map((rung) -> rung.get("size").asString())).containsExactly("tiny",
				"tiny", "small");
		var browser = client();
		browser.postForm("/sign-in", "email", me.email(), "password", me.password());
		assertThat(browser.get("/").html().selectFirst("#next").text()).contains("A medium ask");
	}

	@Test
	void templatesAndClarityInTheCallersLanguage() {
		Person me = signedUpWithToken();
		JsonNode english = me.client().get("/api/v1/asks/templates?need=practical&size=small").json();
		assertThat(english.get("templates").size()).isGreaterThanOrEqualTo(3);
		JsonNode spanish = me.client().language("es").get("/api/v1/asks/templates?need=practical&size=small").json();
		assertThat(spanish.get("templates").get(0).asString()).isNotEqualTo(english.get("templates").get(0).asString());
		me.client().language("en");
		assertThat(me.client().get("/api/v1/asks/templates?need=money&size=small").status()).isEqualTo(400);

		JsonNode clarity = me.client()
			.postJson("/api/v1/asks/clarity", Map.of("message", "Can we talk sometime?"))
			.json();
		assertThat(clarity.get("clear").asBoolean()).isFalse();
		assertThat(clarity.get("missing").valueStream().map(JsonNode::asString)).containsExactly("what", "when",
				"howLong", "easyNo");
		assertThat(clarity.get("hints").get(0).asString()).contains("what exactly");
	}

	@Test
	void everyFieldIsChecked() {
		Person me = signedUpWithToken();
		String sam = addPerson(me, "Sam", 4, "listening");
		Response refused = me.client()
			.postJson("/api/v1/asks", Map.of("personId", sam, "need", "money", "size", "huge", "predictedYes", 120,
					"dread", -1, "channel", "pigeon"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("need", "size", "predictedYes", "dread", "channel");
		Response badDate = me.client()
			.send("POST", "/api/v1/asks", "application/json", "{\"personId\":\"" + sam
					+ "\",\"need\":\"listening\",\"size\":\"tiny\",\"sendBy\":\"next tuesday\"}");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("sendBy");
		Response badOutcome = me.client().postJson("/api/v1/asks", ask(sam, "tiny", null));
		String id = badOutcome.json().get("id").asString();
		assertThat(me.client().postJson("/api/v1/asks/" + id + "/outcome", Map.of("outcome", "maybe")).status())
			.isEqualTo(400);
		assertThat(me.client().get("/api/v1/asks?limit=0").status()).isEqualTo(400);
		assertThat(me.client().get("/api/v1/asks?cursor=nope").status()).isEqualTo(400);
	}

	@Test
	void anotherAccountsAskAndPeopleAnswer404() {
		Person owner = signedUpWithToken();
		String sam = addPerson(owner, "Sam", 4, "listening");
		String id = owner.client().postJson("/api/v1/asks", ask(sam, "tiny", 30)).json().get("id").asString();
		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/asks/" + id).status()).isEqualTo(404);
		assertThat(other.client().patchJson("/api/v1/asks/" + id, Map.of("message", "mine")).status()).isEqualTo(404);
		assertThat(other.client().postJson("/api/v1/asks/" + id + "/sent", Map.of()).status()).isEqualTo(404);
		assertThat(other.client().postJson("/api/v1/asks/" + id + "/outcome", Map.of("outcome", "yes")).status())
			.isEqualTo(404);
		assertThat(other.client().delete("/api/v1/asks/" + id).status()).isEqualTo(404);
		Response withSomeoneElsesPerson = other.client().postJson("/api/v1/asks", ask(sam, "tiny", 30));
		assertThat(withSomeoneElsesPerson.status()).isEqualTo(400);
		assertThat(withSomeoneElsesPerson.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
		assertThat(other.client().get("/api/v1/asks").json().get("items")).isEmpty();
		assertThat(owner.client().get("/api/v1/asks/" + id).json().get("outcome").isNull()).isTrue();
	}

	@Test
	void listsArePaged() {
		Person me = signedUpWithToken();
		String sam = addPerson(me, "Sam", 4, "listening");
		for (int i = 0; i < 3; i++) {
			me.client().postJson("/api/v1/asks", ask(sam, "tiny", 30));
		}
		JsonNode first = me.client().get("/api/v1/asks?limit=2").json();
		assertThat(first.get("items")).hasSize(2);
		JsonNode second = me.client().get("/api/v1/asks?limit=2&cursor=" + first.get("next").asString()).json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("next").isNull()).isTrue();
	}

	/**
	 * Valid ISO 8601, yet beyond any epoch millisecond: once a 500 from the repository.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z" })
	void aSendByBeyondTheYear9999IsAFieldErrorOnCreateAndChange(String sendBy) {
		Person me = signedUpWithToken();
		String bo = addPerson(me, "Bo", 4, "listening");
		Map<String, Object> body = new HashMap<>(ask(bo, "tiny", 50));
		body.put("sendBy", sendBy);
		Response created = me.client().postJson("/api/v1/asks", body);
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.json().get("errors").get(0).get("field").asString()).isEqualTo("sendBy");
		assertThat(created.json().get("errors").get(0).get("message").asString())
			.contains("between the years 1 and 9999");

		JsonNode saved = me.client().postJson("/api/v1/asks", ask(bo, "tiny", 50)).json();
		String id = saved.get("id").asString();
		Response changed = me.client().patchJson("/api/v1/asks/" + id, Map.of("sendBy", sendBy));
		assertThat(changed.status()).isEqualTo(400);
		assertThat(changed.json().get("errors").get(0).get("field").asString()).isEqualTo("sendBy");
		assertThat(me.client().get("/api/v1/asks/" + id).json().get("sendBy")).isEqualTo(saved.get("sendBy"));
	}

	/**
	 * PostgreSQL refuses NUL in text: an id holding one never reaches it, on either
	 * database.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "personId", "accountabilityPersonId", "backupPersonId" })
	void anIdWithANulIsRefusedBeforeTheDatabase(String field) {
		Person me = signedUpWithToken();
		Map<String, Object> body = new HashMap<>(ask(addPerson(me, "Bo", 4, "listening"), "tiny", 50));
		body.put(field, "a\u0000b");
		Response refused = me.client().postJson("/api/v1/asks", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("character we can’t store");
	}

}
