package org.firststep.supporters;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.accept;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.entry;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.invite;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.sentAsk;

/**
 * Reads only read: every supporter page and API read, on both sides, leaves every row of
 * every table as it was; a supporter whom the invitation named no one joins the person's
 * people by the person's POST, not by a read. Sessions are left out: signing in and
 * touching a session are the platform's, not a supporter read's.
 */
class SupporterReadsIntegrationTests extends IntegrationTest {

	@Test
	void everySupporterReadOnBothSidesLeavesTheDatabaseUnchanged() {
		Person ana = signedUpInBrowser();
		Person sam = signedUpInBrowser();
		String samEntry = entry(ana, "Sam");
		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		String linkId = accept(sam, invite(ana, List.of("status", "asks", "offers", "safetyPlan"), samEntry));
		String ask = sentAsk(ana, samEntry, "Could you call me tonight?");
		assertThat(sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/asks/" + ask + "/answer", Map.of("answer", "yes"))
			.status()).isEqualTo(204);
		assertThat(sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/offers", Map.of("what", "Bring soup", "when", "Thursday"))
			.status()).isEqualTo(201);
		String open = invite(ana, List.of("status"), samEntry);
		Person lu = signedUpInBrowser();
		String luLink = accept(lu, inviteNamingNoOne(ana, List.of("status", "offers", "safetyPlan")));

		awaitReminders();
		Map<String, List<String>> before = snapshot();
		for (String path : List.of("/supporters", "/api/v1/supporters", "/api/v1/offers", "/api/v1/status", "/",
				"/asks/" + ask)) {
			assertThat(ana.client().get(path).status()).as(path).isEqualTo(200);
		}
		for (String path : List.of("/supporting", "/supporting/" + linkId, "/api/v1/supporting",
				"/api/v1/supporting/" + linkId + "/status", "/api/v1/supporting/" + linkId + "/asks",
				"/api/v1/supporting/" + linkId + "/offers", "/api/v1/supporting/" + linkId + "/safety-plan")) {
			assertThat(sam.client().get(path).status()).as(path).isEqualTo(200);
		}
		for (String path : List.of("/supporting", "/supporting/" + luLink, "/api/v1/supporting",
				"/api/v1/supporting/" + luLink + "/status", "/api/v1/supporting/" + luLink + "/offers",
				"/invitations/" + open)) {
			assertThat(lu.client().get(path).status()).as(path).isEqualTo(200);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aSupporterWhomTheInvitationNamedNoOneJoinsThePersonsPeopleByAPost() {
		Person ana = signedUpInBrowser();
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		Person lu = signedUpInBrowser();
		String linkId = accept(lu, inviteNamingNoOne(ana, List.of("status", "safetyPlan")));
		assertThat(ana.client().get("/api/v1/supporters").json().get(0).get("personId").isNull()).isTrue();
		assertThat(ana.client().get("/api/v1/people").json().get("items")).isEmpty();
		assertThat(ana.client().get("/supporters").html().select("form[action=/supporters/" + linkId + "/person]"))
			.hasSize(1);
		assertThat(lu.client().get("/api/v1/supporting/" + linkId + "/safety-plan").status()).isEqualTo(404);

		Response added = ana.client().postJson("/api/v1/supporters/" + linkId + "/person", Map.of());
		assertThat(added.status()).isEqualTo(200);
		String personId = added.json().get("personId").asString();
		assertThat(ana.client().get("/api/v1/people").json().get("items").get(0).get("id").asString())
			.isEqualTo(personId);
		assertThat(ana.client().get("/supporters").html().select("form[action=/supporters/" + linkId + "/person]"))
			.isEmpty();
		assertThat(lu.client().get("/api/v1/supporting/" + linkId + "/safety-plan").json().toString())
			.contains("My garden");
		assertThat(ana.client()
			.postJson("/api/v1/supporters/" + linkId + "/person", Map.of())
			.json()
			.get("personId")
			.asString()).isEqualTo(personId);
		assertThat(ana.client().get("/api/v1/people").json().get("items")).hasSize(1);
		assertThat(lu.client().postJson("/api/v1/supporters/" + linkId + "/person", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void theAddToPeopleButtonAddsTheSupporterOnThePage() {
		Person ana = signedUpInBrowser();
		Person lu = signedUpInBrowser();
		String linkId = accept(lu, inviteNamingNoOne(ana, List.of("status")));
		Response added = ana.client().postForm("/supporters/" + linkId + "/person");
		assertThat(added.status()).isEqualTo(302);
		assertThat(added.header("Location")).endsWith("/supporters?added");
		assertThat(ana.client().get("/api/v1/supporters").json().get(0).get("personId").isNull()).isFalse();
		assertThat(ana.client().get("/api/v1/people").json().get("items")).hasSize(1);
	}

	private static String inviteNamingNoOne(Person person, List<String> scopes) {
		Response created = person.client().postJson("/api/v1/invitations", Map.of("scopes", scopes));
		assertThat(created.status()).isEqualTo(201);
		String link = created.json().get("link").asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/** Every row of every table but the sessions', as text, table by table. */
	private Map<String, List<String>> snapshot() {
		String sql = TestDatabase.isPostgres()
				? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
				: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
		Map<String, List<String>> tables = new TreeMap<>();
		for (String table : this.jdbc.sql(sql).query(String.class).list()) {
			if (table.toLowerCase().startsWith("spring_session")) {
				continue;
			}
			tables.put(table,
					this.jdbc.sql("SELECT * FROM " + table)
						.query()
						.listOfRows()
						.stream()
						.map((row) -> new TreeMap<>(row).entrySet()
							.stream()
							.map((column) -> column.getKey() + "=" + text(column.getValue()))
							.toList()
							.toString())
						.sorted()
						.toList());
		}
		assertThat(tables).containsKeys("supporter_link", "shared_item", "invitation_item", "person");
		return tables;
	}

	private static String text(Object value) {
		return (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
	}

}
