package org.firststep.supporters;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class SupporterIntegrationTests extends IntegrationTest {

	@Test
	void anInvitationWorksOnceAndNotAfterItIsWithdrawnOrExpired() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String link = invite(ana, List.of("status"), null).get("link").asString();
		String token = token(link);
		assertThat(ana.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of()).status())
			.as("one's own invitation")
			.isEqualTo(409);
		Response accepted = sam.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of());
		assertThat(accepted.status()).isEqualTo(201);
		Person kim = signedUpWithToken();
		assertThat(kim.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of()).status())
			.as("used once already")
			.isEqualTo(404);

		JsonNode second = invite(ana, List.of("status"), null);
		assertThat(ana.client().delete("/api/v1/invitations/" + second.get("id").asString()).status()).isEqualTo(204);
		assertThat(kim.client()
			.postJson("/api/v1/invitations/" + token(second.get("link").asString()) + "/accept", Map.of())
			.status()).as("withdrawn").isEqualTo(404);

		JsonNode third = invite(ana, List.of("status"), null);
		assertThat(Instant.parse(third.get("expiresAt").asString())).isAfter(Instant.now().plusSeconds(6 * 86_400));
		this.jdbc.sql("UPDATE invitation SET expires_at = ? WHERE id = ?")
			.params(Instant.now().minusSeconds(1).toEpochMilli(), third.get("id").asString())
			.update();
		assertThat(kim.client()
			.postJson("/api/v1/invitations/" + token(third.get("link").asString()) + "/accept", Map.of())
			.status()).as("expired").isEqualTo(404);
		assertThat(kim.client().postJson("/api/v1/invitations/not-a-token/accept", Map.of()).status()).isEqualTo(404);

		JsonNode supporters = ana.client().get("/api/v1/supporters").json();
		assertThat(supporters).hasSize(1);
		assertThat(supporters.get(0).get("displayName").asString()).isEqualTo("Robin");
		assertThat(supporters.get(0).get("personId").isNull()).as("not in the person's people until they add them")
			.isTrue();
	}

	@Test
	void scopeChangesAndRemovalTakeEffectAtOnce() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String linkId = connect(ana, sam, List.of("status"));
		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/status").json().get("status").asString())
			.isEqualTo("hardTime");
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/asks").status()).isEqualTo(404);
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/safety-plan").status()).isEqualTo(404);

		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		Response changed = ana.client()
			.patchJson("/api/v1/supporters/" + linkId, Map.of("scopes", List.of("safetyPlan", "offers")));
		assertThat(changed.json().get("scopes").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("safetyPlan", "offers");
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/status").status()).isEqualTo(404);
		assertThat(sam.client()
			.get("/api/v1/supporting/" + linkId + "/safety-plan")
			.json()
			.get("reasonsForLiving")
			.get(0)
			.asString()).isEqualTo("My garden");
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "The sea"))));
		assertThat(sam.client()
			.get("/api/v1/supporting/" + linkId + "/safety-plan")
			.json()
			.get("reasonsForLiving")
			.get(0)
			.asString()).as("the copy follows the plan").isEqualTo("The sea");

		assertThat(ana.client().delete("/api/v1/supporters/" + linkId).status()).isEqualTo(204);
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/safety-plan").status()).isEqualTo(404);
		assertThat(sam.client().get("/api/v1/supporting").json()).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM shared_item WHERE link_id = ?")
			.param(linkId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSupporterAnswersAnAskAndThePersonsAskGetsThatOutcome() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String linkId = connect(ana, sam, List.of("asks"));
		String samEntry = ana.client().get("/api/v1/supporters").json().get(0).get("personId").asString();
		String askId = tinyAsk(ana, samEntry);
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/asks").json()).as("not sent yet").isEmpty();
		ana.client().postJson("/api/v1/asks/" + askId + "/sent", Map.of());
		JsonNode asks = sam.client().get("/api/v1/supporting/" + linkId + "/asks").json();
		assertThat(asks).hasSize(1);
		assertThat(asks.get(0).get("message").asString()).startsWith("Could you call me tonight");

		Response bad = sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/asks/" + askId + "/answer", Map.of("answer", "maybe"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/asks/" + askId + "/answer",
					Map.of("answer", "yes", "message", "Of course. I'll call at 8."))
			.status()).isEqualTo(204);
		JsonNode ask = ana.client().get("/api/v1/asks/" + askId).json();
		assertThat(ask.get("status").asString()).isEqualTo("answered");
		assertThat(ask.get("outcome").asString()).isEqualTo("yes");
		assertThat(ask.get("feelingAfter").isNull()).as("how it felt is the person's to add").isTrue();
		assertThat(sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/asks/" + askId + "/answer", Map.of("answer", "cantNow"))
			.status()).isEqualTo(409);
	}

	@Test
	void offersAreAcceptedOrDeclinedInOneTap() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String linkId = connect(ana, sam, List.of("offers"));
		Response vague = sam.client().postJson("/api/v1/supporting/" + linkId + "/offers", Map.of("what", "Anything"));
		assertThat(vague.status()).isEqualTo(400);
		String offer = sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/offers",
					Map.of("what", "Bring soup", "when", "Thursday at 7", "note", "Lentil, your favourite"))
			.json()
			.get("id")
			.asString();
		JsonNode offers = ana.client().get("/api/v1/offers").json();
		assertThat(offers).hasSize(1);
		assertThat(offers.get(0).get("what").asString()).isEqualTo("Bring soup");
		String id = offers.get(0).get("id").asString();
		assertThat(ana.client().postJson("/api/v1/offers/" + id + "/decline", Map.of()).status()).isEqualTo(204);
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/offers").json().get(0).get("state").asString())
			.isEqualTo("declined");
		assertThat(ana.client().postJson("/api/v1/offers/" + id + "/accept", Map.of()).status()).isEqualTo(404);
		assertThat(offer).isNotBlank();
	}

	@Test
	void kindsAndStatesAreStoredAndShownAsTheSameWordsAsBefore() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String linkId = connect(ana, sam, List.of("status", "asks", "offers"));
		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		String samEntry = ana.client().get("/api/v1/supporters").json().get(0).get("personId").asString();
		String askId = tinyAsk(ana, samEntry);
		ana.client().postJson("/api/v1/asks/" + askId + "/sent", Map.of());
		sam.client().postJson("/api/v1/supporting/" + linkId + "/asks/" + askId + "/answer", Map.of("answer", "yes"));
		sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/offers",
					Map.of("what", "Bring soup", "when", "Thursday at 7"));
		String offerId = ana.client().get("/api/v1/offers").json().get(0).get("id").asString();
		assertThat(ana.client().get("/api/v1/offers").json().get(0).get("state").asString()).isEqualTo("open");
		ana.client().postJson("/api/v1/offers/" + offerId + "/accept", Map.of());

		assertThat(this.jdbc.sql("SELECT kind, state FROM shared_item WHERE link_id = ? ORDER BY kind")
			.param(linkId)
			.query((row, n) -> row.getString("kind") + "=" + row.getString("state"))
			.list()).containsExactly("ask=answered", "offer=accepted", "status=null");
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/asks").json().get(0).get("state").asString())
			.isEqualTo("answered");
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/offers").json().get(0).get("state").asString())
			.isEqualTo("accepted");
		assertThat(ana.client().get("/api/v1/offers").json().get(0).get("state").asString()).isEqualTo("accepted");
	}

	@Test
	void aSupporterSeesNothingOfThePersonBeyondTheScopes() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String linkId = connect(ana, sam, List.of("status", "asks", "offers", "safetyPlan"));
		String person = ana.client().get("/api/v1/people").json().get("items").get(0).get("id").asString();
		String ask = ana.client()
			.postJson("/api/v1/asks", Map.of("personId", person, "need", "listening", "size", "tiny", "message", "Hi"))
			.json()
			.get("id")
			.asString();
		String checkin = ana.client().postJson("/api/v1/checkins", Map.of("mood", 3)).json().get("id").asString();
		String journal = ana.client()
			.postJson("/api/v1/journal", Map.of("text", "Private"))
			.json()
			.get("id")
			.asString();
		String thought = ana.client()
			.postJson("/api/v1/thought-records", Map.of("automaticThought", "Private"))
			.json()
			.get("id")
			.asString();
		String assessment = ana.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(1, 1)))
			.json()
			.get("id")
			.asString();
		String exchange = ana.client()
			.postJson("/api/v1/exchanges", Map.of("direction", "given", "personId", person, "what", "Tea"))
			.json()
			.get("id")
			.asString();
		for (String path : List.of("/api/v1/people/" + person, "/api/v1/asks/" + ask, "/api/v1/journal/" + journal,
				"/api/v1/thought-records/" + thought, "/api/v1/assessments/" + assessment)) {
			assertThat(sam.client().get(path).status()).as(path).isEqualTo(404);
		}
		assertThat(sam.client().delete("/api/v1/exchanges/" + exchange).status()).isEqualTo(404);
		assertThat(sam.client().delete("/api/v1/people/" + person).status()).isEqualTo(404);
		assertThat(sam.client().patchJson("/api/v1/supporters/" + linkId, Map.of("scopes", List.of())).status())
			.isEqualTo(404);
		for (String list : List.of("/api/v1/people", "/api/v1/asks", "/api/v1/journal", "/api/v1/thought-records",
				"/api/v1/assessments", "/api/v1/exchanges")) {
			assertThat(sam.client().get(list).json().get("items")).as(list).isEmpty();
		}
		assertThat(sam.client().get("/api/v1/checkins").json().get("items")).isEmpty();
		assertThat(sam.client().get("/api/v1/supporters").json()).isEmpty();
		assertThat(sam.client().get("/api/v1/offers").json()).isEmpty();
		assertThat(checkin).isNotBlank();
		Person stranger = signedUpWithToken();
		assertThat(stranger.client().get("/api/v1/supporting/" + linkId + "/status").status()).isEqualTo(404);
		assertThat(stranger.client().get("/api/v1/supporting/" + linkId + "/safety-plan").status()).isEqualTo(404);
	}

	@Test
	void anInvitationForAPersonIdWithANulIsRefusedBeforeTheDatabase() {
		Person ana = signedUpWithToken();
		Response refused = ana.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "personId", "\u0000"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("character we can’t store");
		assertThat(ana.client().get("/api/v1/supporters").json()).isEmpty();
	}

	private static JsonNode invite(Person person, List<String> scopes, String personId) {
		Map<String, Object> body = (personId != null) ? Map.of("scopes", scopes, "personId", personId)
				: Map.of("scopes", scopes);
		Response created = person.client().postJson("/api/v1/invitations", body);
		assertThat(created.status()).isEqualTo(201);
		return created.json();
	}

	private static String connect(Person person, Person supporter, List<String> scopes) {
		String token = token(invite(person, scopes, null).get("link").asString());
		String linkId = supporter.client()
			.postJson("/api/v1/invitations/" + token + "/accept", Map.of())
			.json()
			.get("linkId")
			.asString();
		assertThat(person.client().postJson("/api/v1/supporters/" + linkId + "/person", Map.of()).status())
			.isEqualTo(200);
		return linkId;
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private static String tinyAsk(Person person, String personId) {
		return person.client()
			.postJson("/api/v1/asks",
					Map.of("personId", personId, "need", "listening", "size", "tiny", "message",
							"Could you call me tonight for ten minutes? No worries if not."))
			.json()
			.get("id")
			.asString();
	}

}
