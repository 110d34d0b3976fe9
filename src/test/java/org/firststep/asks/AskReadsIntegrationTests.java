package org.firststep.asks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that show asks open no more sealed values than they show or count: the home
 * page's due asks, the list with its gap, the builder's suggested size and the insights
 * page each read the asks once and open only what they use. Each test counts the values
 * opened for one page, before and after adding asks the page does not show.
 */
class AskReadsIntegrationTests extends IntegrationTest {

	@Test
	void theHomePageListsTheDueAskWithoutOpeningAnyAsk() {
		Person me = signedUpInBrowser();
		String sam = AskApiIntegrationTests.addPerson(me, "Sam", 5, "listening");
		ask(me, sam, "2020-01-15T18:00:00Z", null);
		Opened oneAsk = opened(me.client(), "/");
		for (int i = 0; i < 20; i++) {
			ask(me, sam, "2030-01-15T18:00:00Z", null);
		}
		eightPeople(me);

		Opened manyAsks = opened(me.client(), "/");

		assertThat(manyAsks.response().html().select("#due li")).hasSize(1);
		assertThat(manyAsks.response().html().select("#due li").text()).contains("Sam");
		assertThat(manyAsks.count()).as("twenty more asks and eight more people, none shown, open nothing more")
			.isEqualTo(oneAsk.count());
	}

	@Test
	void theAsksPageOpensOnlyThePredictionsOfAnsweredAsksForTheGap() {
		Person me = signedUpInBrowser();
		String sam = AskApiIntegrationTests.addPerson(me, "Sam", 5, "listening");
		Opened none = opened(me.client(), "/asks");
		for (int i = 0; i < 4; i++) {
			String id = ask(me, sam, "2030-01-15T18:00:00Z", 30);
			me.client().postJson("/api/v1/asks/" + id + "/outcome", Map.of("outcome", "yes", "note", "Went fine"));
		}
		for (int i = 0; i < 6; i++) {
			ask(me, sam, "2030-01-15T18:00:00Z", 40);
		}

		Opened tenAsks = opened(me.client(), "/asks");

		assertThat(tenAsks.response().html().select("ul.people li")).hasSize(10);
		assertThat(tenAsks.response().html().select("#gap table")).hasSize(1);
		assertThat(tenAsks.count()).as("the four predictions the gap counts and Sam's name; no message, dread or note")
			.isEqualTo(none.count() + 4 + 1);
	}

	@Test
	void theAsksPageOpensTheNamesOfThePeopleItNamesOnly() {
		Person me = signedUpInBrowser();
		Opened nothing = opened(me.client(), "/asks");
		List<String> network = eightPeople(me);
		ask(me, network.get(0), "2030-01-15T18:00:00Z", 30);
		ask(me, network.get(0), "2030-01-15T18:00:00Z", 30);
		ask(me, network.get(1), "2030-01-15T18:00:00Z", 30);

		Opened threeAsks = opened(me.client(), "/asks");

		assertThat(threeAsks.response().html().select("ul.people li").text()).contains("Person 0", "Person 1");
		assertThat(threeAsks.count()).as("the names of the two people asked, not the other six")
			.isEqualTo(nothing.count() + 2);
	}

	@Test
	void theLadderPageOpensTheDreadOfEachRungAndTheNamesItShows() {
		Person me = signedUpInBrowser();
		Opened nothing = opened(me.client(), "/asks/ladder");
		List<String> network = eightPeople(me);
		for (int i = 0; i < 4; i++) {
			ask(me, network.get(i % 2), "2030-01-15T18:00:00Z", 30);
		}
		String cancelled = ask(me, network.get(2), "2030-01-15T18:00:00Z", 30);
		assertThat(me.client().postJson("/api/v1/asks/" + cancelled + "/cancel", Map.of()).status()).isEqualTo(200);

		Opened fourRungs = opened(me.client(), "/asks/ladder");

		assertThat(fourRungs.response().html().select("ol.ladder li")).hasSize(4);
		assertThat(fourRungs.count()).as("four dreads and two names; no message, prediction or cancelled ask")
			.isEqualTo(nothing.count() + 4 + 2);
	}

	@Test
	void theBuildersSuggestedSizeOpensNoAsk() {
		Person me = signedUpInBrowser();
		String sam = AskApiIntegrationTests.addPerson(me, "Sam", 5, "listening");
		String path = "/asks/new?need=listening&person=" + sam;
		Opened none = opened(me.client(), path);
		String id = ask(me, sam, "2030-01-15T18:00:00Z", 30);
		me.client().postJson("/api/v1/asks/" + id + "/outcome", Map.of("outcome", "yes"));
		for (int i = 0; i < 5; i++) {
			ask(me, sam, "2030-01-15T18:00:00Z", 30);
		}

		Opened sixAsks = opened(me.client(), path);

		assertThat(sixAsks.response().html().selectFirst("a[href$=size=small]").text()).contains("Your next step");
		assertThat(sixAsks.count()).isEqualTo(none.count());
	}

	@Test
	void theInsightsPageReadsTheAsksOnceForItsFiguresAndTheGap() {
		Person me = signedUpInBrowser();
		String sam = AskApiIntegrationTests.addPerson(me, "Sam", 5, "listening");
		Opened none = opened(me.client(), "/insights");
		for (int i = 0; i < 5; i++) {
			ask(me, sam, "2030-01-15T18:00:00Z", 30);
		}

		Opened fiveAsks = opened(me.client(), "/insights");

		assertThat(fiveAsks.count()).as("message, prediction and dread of each ask, once")
			.isEqualTo(none.count() + 5 * 3);
	}

	private static List<String> eightPeople(Person me) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ids.add(AskApiIntegrationTests.addPerson(me, "Person " + i, 5, "listening"));
		}
		return ids;
	}

	/** An ask with a message, a dread and, when given, a prediction. */
	private static String ask(Person me, String personId, String sendBy, Integer predicted) {
		Map<String, Object> body = new HashMap<>(Map.of("personId", personId, "need", "listening", "size", "tiny",
				"message", "Could you call me tomorrow at 6?", "dread", 4, "sendBy", sendBy));
		if (predicted != null) {
			body.put("predictedYes", predicted);
		}
		var created = me.client().postJson("/api/v1/asks", body);
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
