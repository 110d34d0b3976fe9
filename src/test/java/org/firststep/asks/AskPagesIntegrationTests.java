package org.firststep.asks;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class AskPagesIntegrationTests extends IntegrationTest {

	@Test
	void theBuilderIsThreeTapsFromHome() {
		Person me = signedUpInBrowser();
		String bo = AskApiIntegrationTests.addPerson(me, "Bo Lind", 5, "listening");
		AskApiIntegrationTests.addPerson(me, "Ana", 2, "listening");

		Document home = me.client().get("/").html();
		String tap1 = home.selectFirst("#ask a[href=/asks/new?need=listening]").attr("href");
		Document people = me.client().get(tap1).html();
		var suggestion = people.selectFirst(".choices a");
		assertThat(suggestion.text()).contains("Bo Lind").contains("Safest to ask");
		Document sizes = me.client().get(suggestion.attr("href")).html();
		String tap3 = sizes.selectFirst("a[href$=size=tiny]").attr("href");
		assertThat(sizes.selectFirst("a[href$=size=tiny]").text()).contains("Your next step");
		Document editor = me.client().get(tap3).html();
		assertThat(editor.selectFirst("textarea#message").text()).contains("Bo").doesNotContain("{name}");
		assertThat(editor.select("input[name=predictedYes]")).hasSize(12);
		assertThat(editor.selectFirst("input[name=personId]").attr("value")).isEqualTo(bo);
	}

	@Test
	void savingKeepsWhatWasTypedAndSaysWhatToFix() {
		Person me = signedUpInBrowser();
		String bo = AskApiIntegrationTests.addPerson(me, "Bo", 5, "listening");
		Response page = me.client()
			.postForm("/asks", "personId", bo, "need", "listening", "size", "small", "message", "My own words, kept.",
					"predictedYes", "30", "dread", "12", "sendByDate", "not a date");
		assertThat(page.status()).isEqualTo(400);
		Document html = page.html();
		assertThat(html.selectFirst("textarea#message").text()).isEqualTo("My own words, kept.");
		assertThat(html.selectFirst("input[name=predictedYes][value=30]").hasAttr("checked")).isTrue();
		assertThat(html.select(".error").text()).contains("from 0 to 10").contains("date and time");
	}

	@Test
	void anAskPageOffersTheWaysToSendAndTheOutcome() {
		Person me = signedUpInBrowser();
		String bo = AskApiIntegrationTests.addPerson(me, "Bo", 5, "listening");
		Response saved = me.client()
			.postForm("/asks", "personId", bo, "need", "listening", "size", "medium", "message",
					"Could we talk on Friday for an hour?", "channel", "sms", "predictedYes", "30", "dread", "6",
					"sendByDate", "2030-03-01", "sendByTime", "17:30");
		assertThat(saved.status()).isEqualTo(302);
		Document ask = me.client().follow(saved).html();
		assertThat(ask.selectFirst("a[href^=sms:]").attr("href"))
			.isEqualTo("sms:+34600000005?body=Could%20we%20talk%20on%20Friday%20for%20an%20hour%3F");
		assertThat(ask.select(".notice").text()).contains("in person or on the phone");
		assertThat(ask.select(".clarity").text()).contains("fine for them to say no");
		assertThat(ask.text()).contains("Friday, March 1, 2030, 5:30");

		String id = saved.header("Location").replaceAll(".*/asks/([^?]+).*", "$1");
		assertThat(me.client().postForm("/asks/" + id + "/sent").status()).isEqualTo(302);
		Response missing = me.client().postForm("/asks/" + id + "/outcome", "note", "kept note");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.html().selectFirst("#outcome-error")).isNotNull();
		assertThat(missing.html().selectFirst("textarea#note").text()).isEqualTo("kept note");
		me.client().postForm("/asks/" + id + "/outcome", "outcome", "yes", "feelingAfter", "8");
		Document answered = me.client().get("/asks/" + id).html();
		assertThat(answered.selectFirst("#result").text()).contains("Yes").contains("8 out of 10");
	}

	@Test
	void anAnswerInWordsOfConcernShowsTheSafetyNoteOnceInTheResult() {
		Person me = signedUpInBrowser();
		String bo = AskApiIntegrationTests.addPerson(me, "Bo", 5, "listening");
		Response saved = me.client()
			.postForm("/asks", "personId", bo, "need", "listening", "size", "tiny", "message", "Could we talk?");
		String id = saved.header("Location").replaceAll(".*/asks/([^?]+).*", "$1");
		Response calm = me.client().postForm("/asks/" + id + "/outcome", "outcome", "no", "note", "Maybe next week.");
		assertThat(me.client().follow(calm).html().select("#safety-note")).isEmpty();
		Response worried = me.client()
			.postForm("/asks/" + id + "/outcome", "outcome", "no", "note", "She will think I am a burden.");
		Document answered = me.client().follow(worried).html();
		assertThat(answered.select("#safety-note")).hasSize(1);
		assertThat(answered.select("#result #safety-note")).hasSize(1);
	}

	@Test
	void anotherAccountsAskPageIsNotFound() {
		Person owner = signedUpWithToken();
		String sam = AskApiIntegrationTests.addPerson(owner, "Sam", 4, "listening");
		String id = owner.client()
			.postJson("/api/v1/asks", AskApiIntegrationTests.ask(sam, "tiny", 30))
			.json()
			.get("id")
			.asString();
		Person other = signedUpInBrowser();
		assertThat(other.client().get("/asks/" + id).status()).isEqualTo(404);
		assertThat(other.client().postForm("/asks/" + id + "/delete").status()).isEqualTo(404);
		assertThat(other.client().get("/asks/new?need=listening&person=" + sam).html().selectFirst("h1").text())
			.isEqualTo("Who could you ask?");
	}

	@Test
	void homeShowsWhatIsDueGently() {
		Document home = homeWithOneAskToSendBy("2020-01-01T10:00:00Z");
		assertThat(home.selectFirst("#due").text()).contains("Your ask to Sam")
			.doesNotContain("overdue")
			.doesNotContain("late");
	}

	@Test
	void homeLeavesAnAskPlannedForAnotherDayUntilItsDay() {
		Document home = homeWithOneAskToSendBy("2099-01-01T10:00:00Z");
		assertThat(home.selectFirst("#due")).isNull();
		assertThat(home.selectFirst("#next").text()).contains("A tiny ask");
	}

	@Test
	void theAsksPageShowsTheGapWithATableAlternative() {
		Person me = signedUpWithToken();
		String sam = AskApiIntegrationTests.addPerson(me, "Sam", 4, "listening");
		for (String outcome : List.of("yes", "yes", "no")) {
			String id = me.client()
				.postJson("/api/v1/asks", AskApiIntegrationTests.ask(sam, "tiny", 20))
				.json()
				.get("id")
				.asString();
			me.client().postJson("/api/v1/asks/" + id + "/outcome", Map.of("outcome", outcome));
		}
		var browser = client();
		browser.postForm("/sign-in", "email", me.email(), "password", me.password());
		Document page = browser.get("/asks").html();
		assertThat(page.selectFirst("#gap .lead").text())
			.isEqualTo("You expected about 2 in 10 to say yes; 7 in 10 did.");
		assertThat(page.selectFirst("#gap svg title").text()).contains("2 in 10");
		assertThat(page.select("#gap table td").eachText()).containsExactly("20%", "67%", "3");
	}

	/**
	 * The home page of a new person with one tiny ask to Sam, to send by the given
	 * instant.
	 */
	private Document homeWithOneAskToSendBy(String sendBy) {
		Person me = signedUpWithToken();
		String sam = AskApiIntegrationTests.addPerson(me, "Sam", 4, "listening");
		var body = new java.util.HashMap<>(AskApiIntegrationTests.ask(sam, "tiny", 30));
		body.put("sendBy", sendBy);
		me.client().postJson("/api/v1/asks", body);
		var browser = client();
		browser.postForm("/sign-in", "email", me.email(), "password", me.password());
		return browser.get("/").html();
	}

	/**
	 * A value that does not even bind (a number field holding text, or more than an int
	 * holds) is a field error on the same form: the ask comes back as typed, with what to
	 * fix in the person's language, instead of a 500 that lost it.
	 */
	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "predictedYes,abc,en,Please use a whole number", "dread,abc,en,Please use a whole number",
			"predictedYes,99999999999,en,Please use a whole number", "dread,abc,es,Usa un número entero" })
	void aNumberThatDoesNotBindComesBackOnTheSameFormAsTyped(String field, String value, String language,
			String message) {
		Person me = signedUpInBrowser();
		if (language.equals("es")) {
			me.client().postForm("/language", "lang", "es");
		}
		String bo = AskApiIntegrationTests.addPerson(me, "Bo", 5, "listening");
		String predicted = field.equals("predictedYes") ? value : "30";
		String dread = field.equals("dread") ? value : "6";
		Response page = me.client()
			.postForm("/asks", "personId", bo, "need", "listening", "size", "small", "message", "My own words, kept.",
					"predictedYes", predicted, "dread", dread, "sendByDate", "2030-03-01");
		assertThat(page.status()).isEqualTo(400);
		Document html = page.html();
		assertThat(html.selectFirst("textarea#message").text()).isEqualTo("My own words, kept.");
		assertThat(html.selectFirst("input[name=personId]").attr("value")).isEqualTo(bo);
		String other = field.equals("predictedYes") ? "input[name=dread][value=6]"
				: "input[name=predictedYes][value=30]";
		assertThat(html.selectFirst(other).hasAttr("checked")).isTrue();
		assertThat(html.select(".error").text()).contains(message);
	}

	@Test
	void aSendByDayNoClockCanCountToIsAFieldError() {
		Person me = signedUpInBrowser();
		String bo = AskApiIntegrationTests.addPerson(me, "Bo", 5, "listening");
		Response page = me.client()
			.postForm("/asks", "personId", bo, "need", "listening", "size", "small", "message", "My own words, kept.",
					"sendByDate", "+999999999-12-31", "sendByTime", "18:00");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().selectFirst("textarea#message").text()).isEqualTo("My own words, kept.");
		assertThat(page.html().select(".error").text()).contains("date and time");
	}

}
