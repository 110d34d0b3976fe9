package org.firststep.supporters;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supporter sees the present from the moment the link is active and whenever a scope is
 * granted: what the person shared before is copied for them, never left out until the
 * person saves again. Copies of an invitation that is never accepted do not stay behind.
 */
class SupporterCopiesIntegrationTests extends IntegrationTest {

	@Autowired
	CopyKeeper keeper;

	@Test
	void aNewSupporterSeesTheStatusAndPlanSetBeforeTheyAccepted() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String samEntry = entry(ana, "Sam");
		ana.client().putJson("/api/v1/status", Map.of("status", "pleaseCheckIn"));
		ana.client()
			.putJson("/api/v1/safety-plan", Map.of("warningSigns", List.of(Map.of("text", "I stop answering")),
					"reasonsForLiving", List.of(Map.of("text", "My garden"))));
		String token = invite(ana, List.of("status", "safetyPlan"), samEntry);
		String linkId = accept(sam, token);

		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/status").json().get("status").asString())
			.isEqualTo("pleaseCheckIn");
		Response plan = sam.client().get("/api/v1/supporting/" + linkId + "/safety-plan");
		assertThat(plan.status()).isEqualTo(200);
		assertThat(plan.json().get("warningSigns").get(0).asString()).isEqualTo("I stop answering");
		assertThat(plan.json().get("reasonsForLiving").get(0).asString()).isEqualTo("My garden");
	}

	@Test
	void whatChangesWhileTheInvitationIsOpenReachesTheNewSupporter() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String samEntry = entry(ana, "Sam");
		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		String token = invite(ana, List.of("status", "safetyPlan", "asks"), samEntry);

		ana.client().putJson("/api/v1/status", Map.of("status", "pleaseCheckIn"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "The sea"))));
		String ask = sentAsk(ana, samEntry, "Could you walk with me on Saturday morning?");
		String linkId = accept(sam, token);

		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/status").json().get("status").asString())
			.isEqualTo("pleaseCheckIn");
		assertThat(sam.client()
			.get("/api/v1/supporting/" + linkId + "/safety-plan")
			.json()
			.get("reasonsForLiving")
			.get(0)
			.asString()).isEqualTo("The sea");
		JsonNode asks = sam.client().get("/api/v1/supporting/" + linkId + "/asks").json();
		assertThat(asks).hasSize(1);
		assertThat(asks.get(0).get("id").asString()).isEqualTo(ask);
		assertThat(copiesOfInvitation(linkId)).as("accepting moved them").isZero();
	}

	@Test
	void asksAlreadySentReachANewSupporterAndAnswerOnce() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String samEntry = entry(ana, "Sam");
		String sent = sentAsk(ana, samEntry, "Could you call me tonight for ten minutes?");
		ana.client()
			.postJson("/api/v1/asks",
					Map.of("personId", samEntry, "need", "practical", "size", "small", "message", "Not sent yet"));
		String answered = sentAsk(ana, samEntry, "Could you lend me your ladder?");
		ana.client().postJson("/api/v1/asks/" + answered + "/outcome", Map.of("outcome", "yes"));
		String token = invite(ana, List.of("asks"), samEntry);
		String linkId = accept(sam, token);

		JsonNode asks = sam.client().get("/api/v1/supporting/" + linkId + "/asks").json();
		assertThat(asks).as("only the ask still waiting for an answer").hasSize(1);
		assertThat(asks.get(0).get("id").asString()).isEqualTo(sent);
		assertThat(asks.get(0).get("message").asString()).isEqualTo("Could you call me tonight for ten minutes?");
		assertThat(asks.get(0).get("state").asString()).isEqualTo("open");
		assertThat(sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/asks/" + sent + "/answer", Map.of("answer", "yes"))
			.status()).isEqualTo(204);
		assertThat(ana.client().get("/api/v1/asks/" + sent).json().get("outcome").asString()).isEqualTo("yes");
	}

	@Test
	void grantingAsksLaterSharesTheAsksAlreadySent() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String samEntry = entry(ana, "Sam");
		String linkId = accept(sam, invite(ana, List.of("status"), samEntry));
		String ask = sentAsk(ana, samEntry, "Could you call me tonight for ten minutes?");

		Response granted = ana.client()
			.patchJson("/api/v1/supporters/" + linkId, Map.of("scopes", List.of("status", "asks")));
		assertThat(granted.status()).isEqualTo(200);

		JsonNode asks = sam.client().get("/api/v1/supporting/" + linkId + "/asks").json();
		assertThat(asks).hasSize(1);
		assertThat(asks.get(0).get("id").asString()).isEqualTo(ask);
		assertThat(asks.get(0).get("state").asString()).isEqualTo("open");
	}

	@Test
	void aScopeRemovedAndGrantedAgainShowsThePresent() {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		String samEntry = entry(ana, "Sam");
		List<String> all = List.of("status", "asks", "safetyPlan");
		String linkId = accept(sam, invite(ana, all, samEntry));
		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		String first = sentAsk(ana, samEntry, "Could you call me tonight?");
		sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/asks/" + first + "/answer",
					Map.of("answer", "yes", "message", "At eight"));
		String second = sentAsk(ana, samEntry, "Could you bring bread on Sunday?");
		assertThat(copiesOfLink(linkId)).as("status, plan and two asks").isEqualTo(4);

		ana.client().patchJson("/api/v1/supporters/" + linkId, Map.of("scopes", List.of()));
		assertThat(copiesOfLink(linkId)).as("removing the scopes removes their copies").isZero();
		for (String path : List.of("/status", "/asks", "/safety-plan")) {
			assertThat(sam.client().get("/api/v1/supporting/" + linkId + path).status()).as(path).isEqualTo(404);
		}

		ana.client().putJson("/api/v1/status", Map.of("status", "pleaseCheckIn"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "The sea"))));
		String third = sentAsk(ana, samEntry, "Could you sit with me at the clinic?");
		assertThat(copiesOfLink(linkId)).as("nothing is shared while no scope is granted").isZero();
		ana.client().patchJson("/api/v1/supporters/" + linkId, Map.of("scopes", all));

		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/status").json().get("status").asString())
			.isEqualTo("pleaseCheckIn");
		assertThat(sam.client()
			.get("/api/v1/supporting/" + linkId + "/safety-plan")
			.json()
			.get("reasonsForLiving")
			.get(0)
			.asString()).isEqualTo("The sea");
		JsonNode asks = sam.client().get("/api/v1/supporting/" + linkId + "/asks").json();
		assertThat(asks.valueStream().map((shared) -> shared.get("id").asString()))
			.as("the asks still waiting; the one answered is the person's history")
			.containsExactlyInAnyOrder(second, third);
	}

	@Test
	void anInvitationWithdrawnOrExpiredLeavesNoCopiesBehind() {
		Person ana = signedUpWithToken();
		String samEntry = entry(ana, "Sam");
		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		sentAsk(ana, samEntry, "Could you call me tonight?");
		List<String> all = List.of("status", "asks", "safetyPlan", "offers");

		Response withdrawn = ana.client().postJson("/api/v1/invitations", Map.of("scopes", all, "personId", samEntry));
		String withdrawnId = withdrawn.json().get("id").asString();
		assertThat(copiesOfInvitation(withdrawnId)).as("status, plan and the ask").isEqualTo(3);
		assertThat(ana.client().delete("/api/v1/invitations/" + withdrawnId).status()).isEqualTo(204);
		assertThat(copiesOfInvitation(withdrawnId)).isZero();

		String expiredId = ana.client()
			.postJson("/api/v1/invitations", Map.of("scopes", all, "personId", samEntry))
			.json()
			.get("id")
			.asString();
		assertThat(copiesOfInvitation(expiredId)).isEqualTo(3);
		this.jdbc.sql("UPDATE invitation SET expires_at = ? WHERE id = ?")
			.params(Instant.now().minusSeconds(1).toEpochMilli(), expiredId)
			.update();
		this.keeper.forgetClosedInvitations();
		assertThat(copiesOfInvitation(expiredId)).isZero();
	}

	private long copiesOfLink(String linkId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM shared_item WHERE link_id = ?")
			.param(linkId)
			.query(Long.class)
			.single();
	}

	private long copiesOfInvitation(String invitationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM invitation_item WHERE invitation_id = ?")
			.param(invitationId)
			.query(Long.class)
			.single();
	}

	static String entry(Person person, String name) {
		Response created = person.client().postJson("/api/v1/people", Map.of("name", name, "safety", 4));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static String sentAsk(Person person, String personId, String message) {
		String id = person.client()
			.postJson("/api/v1/asks",
					Map.of("personId", personId, "need", "listening", "size", "tiny", "message", message))
			.json()
			.get("id")
			.asString();
		assertThat(person.client().postJson("/api/v1/asks/" + id + "/sent", Map.of()).status()).isEqualTo(200);
		return id;
	}

	static String invite(Person person, List<String> scopes, String personId) {
		Response created = person.client()
			.postJson("/api/v1/invitations", Map.of("scopes", scopes, "personId", personId));
		assertThat(created.status()).isEqualTo(201);
		String link = created.json().get("link").asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	static String accept(Person supporter, String token) {
		Response accepted = supporter.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of());
		assertThat(accepted.status()).isEqualTo(201);
		return accepted.json().get("linkId").asString();
	}

}
