package org.firststep.platform;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.firststep.support.Person;
import org.firststep.support.Response;

/**
 * One of each kind of thing a person keeps, made through the API for the cross-account
 * walk: people and a service, asks in every state, journal entries, a thought record, a
 * check-in, an assessment, give and take, the safety plan, a status, invitations open,
 * used and withdrawn, supporters (one whose link shares only the status, one with every
 * scope, one removed after having had every scope), offers and API tokens. Every text
 * field holds its own canary: a random word that appears nowhere else, so finding it in
 * an answer to anyone else means the answer carried this person's data.
 */
final class OwnersData {

	/** Every canary starts so; a search for it finds them all and names none. */
	static final String PREFIX = "zqx";

	private static final SecureRandom RANDOM = new SecureRandom();

	final Person owner;

	/** Where each canary was written, by canary. */
	final Map<String, String> canaries = new LinkedHashMap<>();

	/** The owner's ids, by kind: person, ask, journal, link, offer … */
	final Map<String, List<String>> ids = new LinkedHashMap<>();

	/** Invitation tokens that no longer open anything: used or withdrawn. */
	final List<String> spentTokens = new ArrayList<>();

	/** Cursors of the owner's own lists. */
	final List<String> cursors = new ArrayList<>();

	/** The supporter whose link shares only the status. */
	final Person statusOnlySupporter;

	final String statusOnlyLink;

	/** The supporter removed after having had every scope. */
	final Person removedSupporter;

	final String removedLink;

	String displayNameCanary;

	private OwnersData(Person owner, Person statusOnlySupporter, Person fullSupporter, Person removedSupporter) {
		this.owner = owner;
		this.statusOnlySupporter = statusOnlySupporter;
		this.removedSupporter = removedSupporter;
		this.displayNameCanary = canary("profile.displayName");
		ok(owner.client().patchJson("/api/v1/me", Map.of("displayName", this.displayNameCanary)));
		add("token", id(owner.client()
			.postJson("/api/v1/auth/tokens",
					Map.of("email", owner.email(), "password", owner.password(), "name", canary("token.name")))));
		owner.client().get("/api/v1/me/tokens").json().get("items").forEach((token) -> add("token", text(token, "id")));

		String friend = person("person");
		String service = person("service");

		this.statusOnlyLink = connect(statusOnlySupporter, List.of("status"));
		String fullLink = connect(fullSupporter, List.of("asks", "status", "offers", "safetyPlan"));
		this.removedLink = connect(removedSupporter, List.of("asks", "status", "offers", "safetyPlan"));
		JsonNode supporters = owner.client().get("/api/v1/supporters").json();
		String statusOnlyEntry = entryOf(supporters, this.statusOnlyLink);
		String fullEntry = entryOf(supporters, fullLink);
		String removedEntry = entryOf(supporters, this.removedLink);
		for (String entry : List.of(statusOnlyEntry, fullEntry, removedEntry)) {
			ok(owner.client().patchJson("/api/v1/people/" + entry, Map.of("notes", canary("people.notes"))));
			add("person", entry);
		}

		Map<String, Object> plan = new LinkedHashMap<>();
		for (String step : List.of("warningSigns", "copingStrategies", "distractions", "peopleToAsk", "professionals",
				"safeEnvironment", "reasonsForLiving")) {
			plan.put(step, List.of(Map.of("text", canary("safetyPlan." + step))));
		}
		plan.put("sharedWith", List.of(fullEntry, removedEntry));
		ok(owner.client().putJson("/api/v1/safety-plan", plan));
		ok(owner.client().putJson("/api/v1/status", Map.of("status", "hardTime")));

		String draft = ask(friend, Map.of("channel", "sms", "predictedYes", 40, "dread", 6, "accountabilityPersonId",
				service, "backupPersonId", statusOnlyEntry));
		String answered = ask(fullEntry, Map.of());
		ok(owner.client().postJson("/api/v1/asks/" + answered + "/sent", Map.of()));
		ok(fullSupporter.client()
			.postJson("/api/v1/supporting/" + fullLink + "/asks/" + answered + "/answer",
					Map.of("answer", "yes", "message", "Of course")));
		String toStatusOnly = ask(statusOnlyEntry, Map.of());
		ok(owner.client().postJson("/api/v1/asks/" + toStatusOnly + "/sent", Map.of()));
		ok(owner.client()
			.postJson("/api/v1/asks/" + toStatusOnly + "/outcome",
					Map.of("outcome", "no", "feelingAfter", 4, "note", canary("asks.outcomeNote"))));
		String toRemoved = ask(removedEntry, Map.of());
		ok(owner.client().postJson("/api/v1/asks/" + toRemoved + "/sent", Map.of()));

		for (int i = 0; i < 2; i++) {
			add("journal", id(owner.client()
				.postJson("/api/v1/journal", Map.of("text", canary("journal.text") + " by the harbour", "mood", 3))));
		}
		add("thought", id(owner.client()
			.postJson("/api/v1/thought-records", Map.ofEntries(Map.entry("situation", canary("thoughts.situation")),
					Map.entry("automaticThought", canary("thoughts.automaticThought")), Map.entry("beliefBefore", 80),
					Map.entry("emotions", List.of(Map.of("name", canary("thoughts.emotion"), "strength", 70))),
					Map.entry("traps", List.of("mindReading")), Map.entry("friendView", canary("thoughts.friendView")),
					Map.entry("evidenceFor", canary("thoughts.evidenceFor")),
					Map.entry("evidenceAgainst", canary("thoughts.evidenceAgainst")),
					Map.entry("balancedThought", canary("thoughts.balancedThought")), Map.entry("beliefAfter", 40),
					Map.entry("askId", draft)))));
		add("checkin",
				id(owner.client()
					.postJson("/api/v1/checkins", Map.of("mood", 3, "energy", 4, "sleepHours", 6.5, "signs",
							List.of("isolated", "saidImFine"), "note", canary("checkins.note")))));
		add("assessment", id(owner.client()
			.postJson("/api/v1/assessments",
					Map.of("instrument", "PHQ9", "answers", List.of(1, 2, 1, 2, 1, 0, 1, 1, 0), "difficulty", 1))));
		for (String direction : List.of("given", "received")) {
			add("exchange",
					id(owner.client()
						.postJson("/api/v1/exchanges",
								Map.of("direction", direction, "personId", friend, "what", canary("exchanges.what")))));
		}

		add("invitation",
				id(owner.client()
					.postJson("/api/v1/invitations", Map.of("scopes", List.of("offers"), "personId", service, "email",
							canary("invitations.email") + "@example.org"))));
		JsonNode withdrawn = owner.client().postJson("/api/v1/invitations", Map.of("scopes", List.of("asks"))).json();
		add("invitation", text(withdrawn, "id"));
		this.spentTokens.add(token(text(withdrawn, "link")));
		ok(owner.client().delete("/api/v1/invitations/" + text(withdrawn, "id")));

		ok(fullSupporter.client()
			.postJson("/api/v1/supporting/" + fullLink + "/offers",
					Map.of("what", "Bring soup", "when", "Thursday at 7", "note", "Lentil")));
		ok(removedSupporter.client()
			.postJson("/api/v1/supporting/" + this.removedLink + "/offers",
					Map.of("what", "A walk", "when", "Sunday")));
		owner.client().get("/api/v1/offers").json().forEach((offer) -> add("offer", text(offer, "id")));
		ok(owner.client().postJson("/api/v1/offers/" + this.ids.get("offer").get(0) + "/accept", Map.of()));
		ok(owner.client().delete("/api/v1/supporters/" + this.removedLink));

		for (String list : List.of("journal", "asks", "exchanges", "people")) {
			JsonNode page = owner.client().get("/api/v1/" + list + "?limit=1").json();
			if (page.has("next") && !page.get("next").isNull()) {
				this.cursors.add(page.get("next").asString());
			}
		}
	}

	/** Makes the owner's data, the supporters they invite, and removes one of them. */
	static OwnersData make(Supplier<Person> signUp) {
		return new OwnersData(signUp.get(), signUp.get(), signUp.get(), signUp.get());
	}

	/** Every id of the owner's, of every kind, once each. */
	List<String> allIds() {
		Set<String> all = new LinkedHashSet<>();
		this.ids.values().forEach(all::addAll);
		return List.copyOf(all);
	}

	List<String> ids(String kind) {
		return this.ids.getOrDefault(kind, List.of());
	}

	/** The canary found in this text, if any, apart from those allowed. */
	String canaryIn(String text, Set<String> allowed) {
		if (text == null) {
			return null;
		}
		for (String canary : this.canaries.keySet()) {
			if (!allowed.contains(canary) && text.contains(canary)) {
				return canary;
			}
		}
		return null;
	}

	private String connect(Person supporter, List<String> scopes) {
		JsonNode invitation = this.owner.client().postJson("/api/v1/invitations", Map.of("scopes", scopes)).json();
		String token = token(text(invitation, "link"));
		Response accepted = supporter.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of());
		ok(accepted);
		this.spentTokens.add(token);
		String link = text(accepted.json(), "linkId");
		add("link", link);
		ok(this.owner.client().postJson("/api/v1/supporters/" + link + "/person", Map.of()));
		return link;
	}

	private String person(String type) {
		String phone = digits();
		String sms = digits();
		this.canaries.put(phone, "people.phone");
		this.canaries.put(sms, "people.sms");
		String id = id(this.owner.client()
			.postJson("/api/v1/people", Map.of("type", type, "name", canary("people.name"), "relation",
					canary("people.relation"), "channels",
					List.of(Map.of("kind", "phone", "value", "+" + phone), Map.of("kind", "sms", "value", "+" + sms),
							Map.of("kind", "email", "value", canary("people.email") + "@example.org"),
							Map.of("kind", "other", "value", canary("people.other"))),
					"goodFor", List.of("listening", "practical"), "safety", 4, "notes", canary("people.notes"))));
		add("person", id);
		return id;
	}

	private String ask(String personId, Map<String, Object> more) {
		Map<String, Object> body = new LinkedHashMap<>(more);
		body.put("personId", personId);
		body.put("need", "listening");
		body.put("size", "small");
		body.put("message", canary("asks.message"));
		String id = id(this.owner.client().postJson("/api/v1/asks", body));
		add("ask", id);
		return id;
	}

	private String canary(String field) {
		StringBuilder canary = new StringBuilder(PREFIX);
		for (int i = 0; i < 12; i++) {
			canary.append("abcdefghijkmnpqrstuvwxyz23456789".charAt(RANDOM.nextInt(32)));
		}
		this.canaries.put(canary.toString(), field);
		return canary.toString();
	}

	private static String digits() {
		StringBuilder digits = new StringBuilder("1");
		for (int i = 0; i < 11; i++) {
			digits.append(RANDOM.nextInt(10));
		}
		return digits.toString();
	}

	private void add(String kind, String id) {
		this.ids.computeIfAbsent(kind, (key) -> new ArrayList<>()).add(id);
	}

	private static String entryOf(JsonNode supporters, String linkId) {
		for (JsonNode supporter : supporters) {
			if (linkId.equals(text(supporter, "id"))) {
				return text(supporter, "personId");
			}
		}
		throw new AssertionError("no supporter " + linkId + " in " + supporters);
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private static String id(Response created) {
		return text(ok(created).json(), "id");
	}

	private static String text(JsonNode node, String field) {
		return node.get(field).asString();
	}

	private static Response ok(Response response) {
		if (response.status() >= 300) {
			throw new AssertionError("setting up the owner's data failed: " + response);
		}
		return response;
	}

}
