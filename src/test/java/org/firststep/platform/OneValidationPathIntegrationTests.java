package org.firststep.platform;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each limit is written once, so a bad value gets the same answer from both faces: the
 * page comes back with the message beside the field and what was typed, and the API
 * answers 400 with the same message for the same field, in English and in Spanish.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneValidationPathIntegrationTests extends IntegrationTest {

	private static final String LONG_4001 = "a".repeat(4001);

	/** 255 characters, each part within its own limit: only the whole is too long. */
	private static final String TOO_LONG_ADDRESS = "a".repeat(64) + "@" + "b".repeat(62) + "." + "c".repeat(61) + "."
			+ "d".repeat(61) + ".org";

	private final Map<String, Fixture> fixtures = new HashMap<>();

	@Autowired
	private MessageSource messages;

	/**
	 * One limit: its message key, who sends it, where the page and the API take it, a
	 * valid body for both, and the bad value. {@code shown} says whether the page can
	 * show the bad value as typed (a text field can; a choice among fixed options cannot
	 * hold a word that is not one).
	 */
	record Limit(String name, String key, Face face, String formPath, String apiPath, Map<String, Object> valid,
			String field, Object bad, boolean shown) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> limits() {
		Map<String, Object> ask = Map.of("personId", "{personId}", "need", "listening", "size", "tiny", "message",
				"Could we talk on Friday for an hour?");
		Map<String, Object> checkin = Map.of("mood", 5);
		Map<String, Object> exchange = Map.of("direction", "given", "personId", "{personId}", "what", "Soup");
		Map<String, Object> person = Map.of("name", "Alex", "safety", 4);
		Map<String, Object> thought = Map.of("automaticThought", "They will say no");
		Map<String, Object> offer = Map.of("what", "Bring soup", "when", "Friday");
		Map<String, Object> answer = Map.of("answer", "yes");
		Map<String, Object> signUp = Map.of("email", "{email}", "password", Person.PASSWORD, "timeZone",
				"Europe/Madrid");
		List<Limit> limits = List.of(
				new Limit("sign-up e-mail", "validation.email.invalid", Face.ANYONE, "/sign-up", "/api/v1/accounts",
						signUp, "email", "sam at home", true),
				new Limit("sign-up e-mail length", "validation.email.tooLong", Face.ANYONE, "/sign-up",
						"/api/v1/accounts", signUp, "email", TOO_LONG_ADDRESS, true),
				new Limit("sign-up display name length", "validation.displayName.tooLong", Face.ANYONE, "/sign-up",
						"/api/v1/accounts", signUp, "displayName", "a".repeat(81), true),
				new Limit("ask predictedYes 0–100", "asks.predictedYes", Face.OWNER, "/asks", "/api/v1/asks", ask,
						"predictedYes", 101, false),
				new Limit("ask dread 0–10", "asks.dread", Face.OWNER, "/asks", "/api/v1/asks", ask, "dread", 11, false),
				new Limit("ask message length", "asks.message.tooLong", Face.OWNER, "/asks", "/api/v1/asks", ask,
						"message", LONG_4001, true),
				new Limit("ask channel enumeration", "asks.channel", Face.OWNER, "/asks", "/api/v1/asks", ask,
						"channel", "pigeon", false),
				new Limit("ask need enumeration", "asks.need", Face.OWNER, "/asks", "/api/v1/asks", ask, "need", "hugs",
						false),
				new Limit("ask size enumeration", "asks.size", Face.OWNER, "/asks", "/api/v1/asks", ask, "size", "huge",
						false),
				new Limit("check-in mood 0–10", "checkins.mood", Face.OWNER, "/checkins/today", "/api/v1/checkins",
						checkin, "mood", 11, false),
				new Limit("check-in energy 0–10", "checkins.energy", Face.OWNER, "/checkins/today", "/api/v1/checkins",
						checkin, "energy", -1, false),
				new Limit("check-in note length", "checkins.note.tooLong", Face.OWNER, "/checkins/today",
						"/api/v1/checkins", checkin, "note", LONG_4001, true),
				new Limit("exchange date", "checkins.date", Face.OWNER, "/give-and-take", "/api/v1/exchanges", exchange,
						"date", "2026-13-01", true),
				new Limit("exchange what length", "exchanges.what.tooLong", Face.OWNER, "/give-and-take",
						"/api/v1/exchanges", exchange, "what", "a".repeat(1001), true),
				new Limit("exchange direction enumeration", "exchanges.direction", Face.OWNER, "/give-and-take",
						"/api/v1/exchanges", exchange, "direction", "sideways", false),
				new Limit("person name length", "people.name.tooLong", Face.OWNER, "/people", "/api/v1/people", person,
						"name", "a".repeat(121), true),
				new Limit("person safety 1–5", "people.safety.range", Face.OWNER, "/people", "/api/v1/people", person,
						"safety", 6, false),
				new Limit("person name required", "people.name.required", Face.OWNER, "/people", "/api/v1/people",
						person, "name", " ", true),
				new Limit("person type enumeration", "people.type", Face.OWNER, "/people", "/api/v1/people", person,
						"type", "robot", false),
				new Limit("person need enumeration", "people.goodFor", Face.OWNER, "/people", "/api/v1/people", person,
						"goodFor", List.of("hugs"), false),
				new Limit("person notes length", "people.notes.tooLong", Face.OWNER, "/people", "/api/v1/people",
						person, "notes", LONG_4001, true),
				new Limit("thought length", "thoughts.tooLong", Face.OWNER, "/thoughts", "/api/v1/thought-records",
						thought, "automaticThought", "a".repeat(2001), true),
				new Limit("thought belief 0–100", "thoughts.percent", Face.OWNER, "/thoughts",
						"/api/v1/thought-records", thought, "beliefBefore", 101, true),
				new Limit("invitation e-mail", "validation.email.invalid", Face.OWNER, "/supporters/invitations",
						"/api/v1/invitations", Map.of("scopes", List.of("status")), "email", "sam at home", true),
				new Limit("invitation scope enumeration", "supporters.scopes", Face.OWNER, "/supporters/invitations",
						"/api/v1/invitations", Map.of("scopes", List.of("status")), "scopes", List.of("everything"),
						false),
				new Limit("offer what length", "supporters.offer.what", Face.SUPPORTER, "/supporting/{linkId}/offers",
						"/api/v1/supporting/{linkId}/offers", offer, "what", "a".repeat(301), true),
				new Limit("offer when length", "supporters.offer.when", Face.SUPPORTER, "/supporting/{linkId}/offers",
						"/api/v1/supporting/{linkId}/offers", offer, "when", "a".repeat(101), true),
				new Limit("offer note length", "supporters.offer.note", Face.SUPPORTER, "/supporting/{linkId}/offers",
						"/api/v1/supporting/{linkId}/offers", offer, "note", "a".repeat(1001), true),
				new Limit("answer enumeration", "supporters.answer", Face.SUPPORTER,
						"/supporting/{linkId}/asks/{askId}/answer", "/api/v1/supporting/{linkId}/asks/{askId}/answer",
						answer, "answer", "maybe", false),
				new Limit("answer message length", "supporters.message.tooLong", Face.SUPPORTER,
						"/supporting/{linkId}/asks/{askId}/answer", "/api/v1/supporting/{linkId}/asks/{askId}/answer",
						answer, "message", "a".repeat(2001), true));
		return Stream.of("en", "es")
			.flatMap((language) -> limits.stream().map((limit) -> Arguments.of(limit, language)));
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("limits")
	void theFormAndTheApiAnswerABadValueWithTheSameMessage(Limit limit, String language) {
		Fixture fixture = this.fixtures.computeIfAbsent(language, this::fixture);
		TestClient who = switch (limit.face()) {
			case OWNER -> fixture.owner().client();
			case SUPPORTER -> fixture.supporter().client();
			case ANYONE -> client().language(language);
		};

		Map<String, Object> body = new LinkedHashMap<>();
		limit.valid().forEach((name, value) -> body.put(name, fixture.fill(value)));
		body.put(limit.field(), limit.bad());
		Response api = who.postJson(fixture.fill(limit.apiPath()), body);
		assertThat(api.status()).as(api.body()).isEqualTo(400);
		List<String> apiMessages = messagesFor(api.json(), limit.field());
		assertThat(apiMessages).as(api.body()).hasSize(1);
		String message = apiMessages.get(0);
		assertThat(message).isEqualTo(this.messages.getMessage(limit.key(), null, Locale.forLanguageTag(language)));

		Response page = who.postForm(fixture.fill(limit.formPath()), formFields(fixture, body));
		assertThat(page.status()).as("the page comes back with the error, not a redirect").isEqualTo(400);
		Document html = page.html();
		assertThat(html.select(".error").eachText()).as("the page's messages").contains(message);
		if (limit.shown()) {
			assertThat(typed(html, limit.field())).isEqualTo(String.valueOf(limit.bad()));
		}
	}

	static Stream<Arguments> contacts() {
		return Stream.of("en", "es")
			.flatMap((language) -> Stream.of("phone", "sms", "email").map((kind) -> Arguments.of(kind, language)));
	}

	/**
	 * A contact that does not look like its kind: the page has a field per kind, the API
	 * a list of channels, and both give the kind's message.
	 */
	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("contacts")
	void theFormAndTheApiAnswerAContactOfTheWrongShapeWithTheSameMessage(String kind, String language) {
		TestClient owner = this.fixtures.computeIfAbsent(language, this::fixture).owner().client();
		String message = this.messages.getMessage("people.channel." + kind, null, Locale.forLanguageTag(language));

		Response api = owner.postJson("/api/v1/people",
				Map.of("name", "Alex", "safety", 4, "channels", List.of(Map.of("kind", kind, "value", "call me"))));
		assertThat(api.status()).as(api.body()).isEqualTo(400);
		assertThat(messagesFor(api.json(), "channels")).as(api.body()).containsExactly(message);

		Response page = owner.postForm("/people", "name", "Alex", "safety", "4", kind, "call me");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().select(".error").eachText()).contains(message);
		assertThat(typed(page.html(), kind)).isEqualTo("call me");
	}

	/**
	 * A change is checked as the whole person it makes, by the same constraints: a blank
	 * name or a safety out of 1–5 is refused with the same message as when adding.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void aChangeThroughTheApiIsCheckedAsTheWholePerson(String language) {
		TestClient owner = this.fixtures.computeIfAbsent(language, this::fixture).owner().client();
		Locale locale = Locale.forLanguageTag(language);
		String id = owner.postJson("/api/v1/people", Map.of("name", "Robin", "safety", 3)).json().get("id").asString();

		Response blank = owner.send("PATCH", "/api/v1/people/" + id, "application/json", "{\"name\": \" \"}");
		assertThat(blank.status()).as(blank.body()).isEqualTo(400);
		assertThat(messagesFor(blank.json(), "name"))
			.containsExactly(this.messages.getMessage("people.name.required", null, locale));
		Response unsafe = owner.send("PATCH", "/api/v1/people/" + id, "application/json", "{\"safety\": 6}");
		assertThat(messagesFor(unsafe.json(), "safety"))
			.containsExactly(this.messages.getMessage("people.safety.range", null, locale));
		assertThat(owner.get("/api/v1/people/" + id).json().get("name").asString()).isEqualTo("Robin");
	}

	/**
	 * The import takes the same person, so it is checked by the same constraints: a name
	 * over 120 characters is refused with the field's message, and nothing of the import
	 * stays, as with any other bad row.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void theImportRefusesATooLongNameWithTheSameMessageAndKeepsNothing(String language) {
		Person person = Person.signUpInBrowser(client().language(language));
		Map<String, Object> fine = Map.of("id", java.util.UUID.randomUUID().toString(), "name", "Alex", "safety", 4,
				"createdAt", "2026-01-01T00:00:00Z");
		Map<String, Object> tooLong = Map.of("id", java.util.UUID.randomUUID().toString(), "name", "a".repeat(121),
				"safety", 4, "createdAt", "2026-01-01T00:00:00Z");
		Response refused = person.client()
			.postJson("/api/v1/me/import", Map.of("format", "firststep-export", "version", 1, "data",
					Map.of("people", List.of(fine, tooLong))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(messagesFor(refused.json(), "data.people.name"))
			.containsExactly(this.messages.getMessage("people.name.tooLong", null, Locale.forLanguageTag(language)));
		assertThat(person.client().get("/api/v1/people").json().get("items")).isEmpty();
	}

	/**
	 * An answer out of 0–3 gets the same message beside the question on the page as for
	 * its index in the API, and so does a difficulty out of 0–3.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void theAssessmentPageAndTheApiAnswerAnAnswerOutOfRangeWithTheSameMessage(String language) {
		TestClient owner = this.fixtures.computeIfAbsent(language, this::fixture).owner().client();
		String message = this.messages.getMessage("assessments.answer", null, Locale.forLanguageTag(language));

		Response api = owner.postJson("/api/v1/assessments",
				Map.of("instrument", "GAD7", "answers", List.of(1, 7, 0, 0, 0, 0, 0), "difficulty", 4));
		assertThat(api.status()).as(api.body()).isEqualTo(400);
		assertThat(messagesFor(api.json(), "answers")).as(api.body()).containsExactly(message);
		assertThat(messagesFor(api.json(), "difficulty")).as(api.body()).containsExactly(message);

		Response page = owner.postForm("/assessments/GAD7", "item0", "1", "item1", "7", "item2", "0", "item3", "0",
				"item4", "0", "item5", "0", "item6", "0", "difficulty", "4");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().select(".error").eachText()).containsExactly(message, message);
		assertThat(page.html().select("input[name=item0][value=1][checked]")).as("what was chosen is kept").hasSize(1);
		assertThat(owner.get("/api/v1/assessments").json().get("items")).isEmpty();
	}

	/**
	 * The count of answers is the instrument's, said with the number in both languages,
	 * by the API and by the import, which takes the same answers.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void theApiAndTheImportAnswerTheWrongCountOfAnswersWithTheSameMessage(String language) {
		Person person = Person.signUpInBrowser(client().language(language));
		String message = this.messages.getMessage("assessments.answers.count", null, Locale.forLanguageTag(language))
			.replace("{items}", "2");

		Response api = person.client()
			.postJson("/api/v1/assessments", Map.of("instrument", "PHQ2", "answers", List.of(1)));
		assertThat(api.status()).as(api.body()).isEqualTo(400);
		assertThat(messagesFor(api.json(), "answers")).containsExactly(message);

		Map<String, Object> row = Map.of("id", java.util.UUID.randomUUID().toString(), "instrument", "PHQ2", "answers",
				List.of(1), "takenAt", "2026-01-01T00:00:00Z");
		Response imported = person.client()
			.postJson("/api/v1/me/import",
					Map.of("format", "firststep-export", "version", 1, "data", Map.of("assessments", List.of(row))));
		assertThat(imported.status()).as(imported.body()).isEqualTo(400);
		assertThat(messagesFor(imported.json(), "data.assessments.answers")).containsExactly(message);
		assertThat(person.client().get("/api/v1/assessments").json().get("items")).isEmpty();
	}

	static Stream<Arguments> planLimits() {
		String line = "a".repeat(501);
		String many = String.join("\n", Stream.iterate(1, (n) -> n + 1).limit(21).map((n) -> "Sign " + n).toList());
		return Stream.of("en", "es")
			.flatMap((language) -> Stream.of(
					Arguments.of("line length", "safetyPlan.item.tooLong", List.of(line), line, language),
					Arguments.of("lines a step", "safetyPlan.step.tooMany", many.lines().toList(), many, language)));
	}

	/**
	 * A plan's line over 500 characters, or a step over 20 lines: the page, whose step is
	 * one box of lines, and the API, whose step is a list of items, give the same
	 * message, and the page keeps what was typed.
	 */
	@ParameterizedTest(name = "{0} ({4})")
	@MethodSource("planLimits")
	void theSafetyPlanPageAndTheApiAnswerAStepOverItsLimitsWithTheSameMessage(String name, String key,
			List<String> lines, String typed, String language) {
		TestClient owner = this.fixtures.computeIfAbsent(language, this::fixture).owner().client();
		String message = this.messages.getMessage(key, null, Locale.forLanguageTag(language)).replace("{max}", "20");

		Response api = owner.putJson("/api/v1/safety-plan",
				Map.of("warningSigns", lines.stream().map((text) -> Map.of("text", text)).toList()));
		assertThat(api.status()).as(api.body()).isEqualTo(400);
		assertThat(messagesFor(api.json(), "warningSigns")).as(api.body()).containsExactly(message);

		Response page = owner.postForm("/safety-plan", "warningSigns", typed);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().select(".error").eachText()).contains(message);
		assertThat(typed(page.html(), "warningSigns")).isEqualTo(typed);
	}

	/** Someone from the network in a step that is not about people is refused by name. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void theApiRefusesAPersonInAStepNotAboutPeople(String language) {
		Fixture fixture = this.fixtures.computeIfAbsent(language, this::fixture);
		Response api = fixture.owner()
			.client()
			.putJson("/api/v1/safety-plan",
					Map.of("reasonsForLiving", List.of(Map.of("personId", fixture.ids().get("{personId}")))));
		assertThat(api.status()).as(api.body()).isEqualTo(400);
		assertThat(messagesFor(api.json(), "reasonsForLiving")).containsExactly(
				this.messages.getMessage("safetyPlan.item.noPeopleHere", null, Locale.forLanguageTag(language)));
	}

	static Stream<String> languages() {
		return Stream.of("en", "es");
	}

	/** The messages the API gives for one field. */
	private static List<String> messagesFor(JsonNode problem, String field) {
		return problem.get("errors")
			.valueStream()
			.filter((error) -> error.get("field").asString().equals(field)
					|| error.get("field").asString().startsWith(field + "["))
			.map((error) -> error.get("message").asString())
			.toList();
	}

	private static String[] formFields(Fixture fixture, Map<String, Object> body) {
		return body.entrySet().stream().flatMap((entry) -> {
			Object value = entry.getValue();
			List<?> values = (value instanceof List<?> list) ? list : List.of(value);
			return values.stream().flatMap((item) -> Stream.of(entry.getKey(), fixture.fill(String.valueOf(item))));
		}).toArray(String[]::new);
	}

	/** What the page shows in a field as typed. */
	private static String typed(Document html, String field) {
		Element element = html.selectFirst("[name=" + field + "]");
		assertThat(element).as("a field named " + field).isNotNull();
		return element.tagName().equals("textarea") ? element.wholeText() : element.attr("value");
	}

	private Fixture fixture(String language) {
		Person owner = Person.signUpInBrowser(client().language(language));
		Person supporter = Person.signUpInBrowser(client().language(language));
		String personId = owner.client()
			.postJson("/api/v1/people", Map.of("name", "Sam", "safety", 4))
			.json()
			.get("id")
			.asString();
		String link = owner.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("asks", "offers"), "personId", personId))
			.json()
			.get("link")
			.asString();
		String linkId = supporter.client()
			.postJson("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1) + "/accept", Map.of())
			.json()
			.get("linkId")
			.asString();
		String askId = owner.client()
			.postJson("/api/v1/asks",
					Map.of("personId", personId, "need", "listening", "size", "tiny", "message", "A call?"))
			.json()
			.get("id")
			.asString();
		assertThat(owner.client().postJson("/api/v1/asks/" + askId + "/sent", Map.of()).status()).isEqualTo(200);
		return new Fixture(owner, supporter,
				Map.of("{personId}", personId, "{linkId}", linkId, "{askId}", askId, "{email}", Person.uniqueEmail()));
	}

	/** Who sends the value: the person, their supporter, or someone not signed in. */
	enum Face {

		OWNER, SUPPORTER, ANYONE

	}

	/** Two people in one language: one who asks, one who supports them. */
	private record Fixture(Person owner, Person supporter, Map<String, String> ids) {

		Object fill(Object value) {
			return (value instanceof String text) ? fill(text) : value;
		}

		String fill(String text) {
			String filled = text;
			for (Map.Entry<String, String> id : this.ids.entrySet()) {
				filled = filled.replace(id.getKey(), id.getValue());
			}
			return filled;
		}

	}

}
