package org.firststep.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

/**
 * A person with something of everything, so that each operation reaches past "not found":
 * people, asks in each state an operation needs, a journal entry, a thought record, an
 * exchange, an assessment, a spare token, an invitation, supporters both ways with an ask
 * shared with them and offers made to them. Operations that remove or use up something
 * get their own.
 */
final class FuzzFixture {

	private static final List<String> ALL_SCOPES = List.of("asks", "status", "offers", "safetyPlan");

	final Person person;

	final String personId;

	final String askId;

	private final String supporterLinkId;

	/** The person's own export, the body a valid import sends. */
	final JsonNode export;

	private final Map<String, String> pathIds = new HashMap<>();

	private FuzzFixture(Supplier<TestClient> clients) {
		this.person = Person.signUpWithToken(clients.get());
		Person friend = Person.signUpWithToken(clients.get());
		Person neighbour = Person.signUpWithToken(clients.get());
		Person cousin = Person.signUpWithToken(clients.get());

		this.personId = create("/api/v1/people",
				Map.of("name", "Sam", "relation", "friend", "goodFor", List.of("listening", "practical"), "safety", 4,
						"channels", List.of(Map.of("kind", "sms", "value", "+34600000000"))));
		this.askId = ask();
		path("GET /api/v1/asks/{id}", "id", this.askId);
		path("PATCH /api/v1/asks/{id}", "id", this.askId);
		path("DELETE /api/v1/asks/{id}", "id", ask());
		path("POST /api/v1/asks/{id}/sent", "id", ask());
		path("POST /api/v1/asks/{id}/outcome", "id", ask());
		path("POST /api/v1/asks/{id}/cancel", "id", ask());
		both("/api/v1/people/{id}", this.personId,
				create("/api/v1/people", Map.of("name", "Lee", "goodFor", List.of("listening"), "safety", 3)));
		both("/api/v1/journal/{id}", create("/api/v1/journal", Map.of("text", "A quiet morning.", "mood", 6)),
				create("/api/v1/journal", Map.of("text", "A long walk.")));
		both("/api/v1/thought-records/{id}",
				create("/api/v1/thought-records", Map.of("automaticThought", "They will say no.")),
				create("/api/v1/thought-records", Map.of("automaticThought", "I am a burden.")));
		path("DELETE /api/v1/exchanges/{id}", "id", create("/api/v1/exchanges",
				Map.of("direction", "given", "personId", this.personId, "what", "Lent a book")));
		path("GET /api/v1/assessments/{id}", "id",
				create("/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(1, 0))));
		path("DELETE /api/v1/me/tokens/{id}", "id", created(this.person.client()
			.postJson("/api/v1/auth/tokens", Map.of("email", this.person.email(), "password", this.person.password())))
			.get("id")
			.asString());
		path("DELETE /api/v1/invitations/{id}", "id", invite(this.person, List.of("status")).get("id").asString());

		// News reaches the in-app list at once, whatever the hour the tests run at.
		this.person.client().putJson("/api/v1/reminders/settings", """
				{"askDeadlines": true, "askFollowUp": true, "checkin": false, "checkinTime": "19:00",
				"assessment": false, "appointments": true, "supporterAsks": true, "supporterCheckin": true,
				"supporterNews": true, "email": false, "quietHours": {"from": "00:00", "to": "00:00"}}""");
		this.supporterLinkId = connect(this.person, friend);
		// Its own link: changing the scopes of the link the offers come through would
		// take
		// them away.
		String cousinLink = connect(this.person, cousin);
		path("PATCH /api/v1/supporters/{id}", "id", cousinLink);
		path("POST /api/v1/supporters/{id}/person", "id", cousinLink);
		path("DELETE /api/v1/supporters/{id}", "id", connect(this.person, neighbour));
		path("POST /api/v1/offers/{id}/accept", "id", offer(friend));
		path("POST /api/v1/offers/{id}/decline", "id", offer(friend));

		String supportedLinkId = connect(friend, this.person);
		String entryForThem = created(
				friend.client().postJson("/api/v1/supporters/" + supportedLinkId + "/person", Map.of()))
			.get("personId")
			.asString();
		String sharedAsk = created(friend.client()
			.postJson("/api/v1/asks", Map.of("personId", entryForThem, "need", "listening", "size", "tiny", "message",
					"Could you call me tonight?")))
			.get("id")
			.asString();
		friend.client().postJson("/api/v1/asks/" + sharedAsk + "/sent", Map.of());
		for (String operation : List.of("GET /api/v1/supporting/{linkId}/status",
				"GET /api/v1/supporting/{linkId}/safety-plan", "GET /api/v1/supporting/{linkId}/asks",
				"GET /api/v1/supporting/{linkId}/offers", "POST /api/v1/supporting/{linkId}/offers",
				"POST /api/v1/supporting/{linkId}/asks/{askId}/answer", "GET /api/v1/supporting/{linkId}/partner-plans",
				"POST /api/v1/supporting/{linkId}/checked-in")) {
			path(operation, "linkId", supportedLinkId);
		}
		path("POST /api/v1/supporting/{linkId}/asks/{askId}/answer", "askId", sharedAsk);
		path("POST /api/v1/invitations/{token}/accept", "token", token(invite(neighbour, List.of("status"))));
		path("POST /api/v1/notifications/{id}/read", "id", firstNotification());

		this.export = this.person.client().get("/api/v1/me/export").json();
	}

	/** The person's first notification (an offer's), once delivered. */
	private String firstNotification() {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode items = this.person.client().get("/api/v1/notifications").json().get("items");
			if (!items.isEmpty()) {
				return items.get(0).get("id").asString();
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("no notification reached the person within 15 s");
	}

	static FuzzFixture create(Supplier<TestClient> clients) {
		return new FuzzFixture(clients);
	}

	/**
	 * The real id an operation's path parameter takes, or a failure naming what to add.
	 */
	String pathId(ApiOperation operation, String parameter) {
		String id = this.pathIds.get(operation.name() + " " + parameter);
		if (id == null) {
			throw new AssertionError("No id for {" + parameter + "} of " + operation.name()
					+ ": give FuzzFixture one, so the operation is tried past 'not found'");
		}
		return id;
	}

	private void path(String operation, String parameter, String id) {
		this.pathIds.put(operation + " " + parameter, id);
	}

	private void both(String template, String kept, String removed) {
		path("GET " + template, "id", kept);
		path("PATCH " + template, "id", kept);
		path("DELETE " + template, "id", removed);
	}

	private String ask() {
		return create("/api/v1/asks", Map.of("personId", this.personId, "need", "listening", "size", "tiny", "message",
				"Could we talk tonight for ten minutes?", "predictedYes", 40, "dread", 6));
	}

	private String create(String path, Map<String, Object> body) {
		return created(this.person.client().postJson(path, body)).get("id").asString();
	}

	/** An offer the supporter makes, by the id the person answers it with. */
	private String offer(Person supporter) {
		String item = created(supporter.client()
			.postJson("/api/v1/supporting/" + this.supporterLinkId + "/offers",
					Map.of("what", "A lift to the clinic", "when", "Friday morning")))
			.get("id")
			.asString();
		return this.supporterLinkId + "." + item;
	}

	private static JsonNode invite(Person person, List<String> scopes) {
		return created(person.client().postJson("/api/v1/invitations", Map.of("scopes", scopes)));
	}

	/** The person invites the supporter with every scope, who accepts: the link's id. */
	private static String connect(Person person, Person supporter) {
		String token = token(invite(person, ALL_SCOPES));
		return created(supporter.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of())).get("linkId")
			.asString();
	}

	private static String token(JsonNode invitation) {
		String link = invitation.get("link").asString();
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private static JsonNode created(Response response) {
		if (response.status() != 200 && response.status() != 201) {
			throw new AssertionError("fixture step failed: " + response);
		}
		return response.json();
	}

}
