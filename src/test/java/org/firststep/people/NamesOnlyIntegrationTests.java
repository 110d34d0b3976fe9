package org.firststep.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that lets the person choose someone from their people shows names, so it opens
 * each person's name and nothing else of them: seven more people cost seven opened
 * values, not their relations, contacts and notes as well.
 */
class NamesOnlyIntegrationTests extends IntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/give-and-take", "/supporters", "/safety-plan", "/asks/new?need=listening" })
	void aPageThatListsPeopleToChooseOpensOnlyTheirNames(String path) {
		Person me = signedUpInBrowser();
		add(me, "Sam");
		long withOne = opened(me.client(), path).count();
		for (String name : new String[] { "Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus" }) {
			add(me, name);
		}

		Opened withEight = opened(me.client(), path);

		assertThat(withEight.response().body()).contains("Gus");
		assertThat(withEight.count() - withOne).as("values opened for seven more people").isEqualTo(7);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/help" })
	void theCrisisCardOpensOnlyThePeopleThePlanNames(String path) {
		Person me = signedUpInBrowser();
		String sam = add(me, "Sam");
		me.client().putJson("/api/v1/safety-plan", Map.of("peopleToAsk", List.of(Map.of("personId", sam))));
		long withOne = opened(me.client(), path).count();
		for (String name : new String[] { "Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus" }) {
			add(me, name);
		}

		Opened withEight = opened(me.client(), path);

		assertThat(withEight.response().body()).contains("Sam");
		assertThat(withEight.count()).as("values opened with seven more people the plan does not name")
			.isEqualTo(withOne);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/insights", "/checkins/today", "an answered ask" })
	void aPageThatSuggestsTheSafestPersonOpensOnlyTheirName(String page) {
		Person me = signedUpInBrowser();
		String sam = add(me, "Sam", 5, "listening", "professional");
		add(me, "Tia", 4, "listening", "professional");
		String path = switch (page) {
			case "/insights" -> {
				me.client()
					.postJson("/api/v1/assessments",
							Map.of("instrument", "GAD7", "answers", List.of(2, 2, 2, 2, 2, 0, 0)));
				yield page;
			}
			case "/checkins/today" -> {
				me.client().postJson("/api/v1/checkins", Map.of("mood", 2));
				yield page;
			}
			case "an answered ask" -> {
				String ask = me.client()
					.postJson("/api/v1/asks",
							Map.of("personId", sam, "need", "listening", "size", "tiny", "message",
									"Could you call me tomorrow for ten minutes?", "channel", "sms"))
					.json()
					.get("id")
					.asString();
				me.client().postJson("/api/v1/asks/" + ask + "/outcome", Map.of("outcome", "no"));
				yield "/asks/" + ask;
			}
			default -> page;
		};
		long withTwo = opened(me.client(), path).count();
		for (String name : new String[] { "Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus" }) {
			add(me, name, 2, "listening", "professional");
		}

		Opened withNine = opened(me.client(), path);

		assertThat(withNine.response().body()).contains(page.equals("an answered ask") ? "Tia" : "Sam")
			.doesNotContain("Gus");
		assertThat(withNine.count()).as("values opened with seven more people who are less safe to ask")
			.isEqualTo(withTwo);
	}

	@Test
	void insightsThatSuggestNoOneOpenNoName() {
		Person me = signedUpInBrowser();
		long withNoOne = opened(me.client(), "/insights").count();
		for (String name : new String[] { "Sam", "Tia", "Ana" }) {
			add(me, name, 5, "listening", "professional");
		}

		Opened withThree = opened(me.client(), "/insights");

		assertThat(withThree.response().body()).doesNotContain("Sam");
		assertThat(withThree.count()).as("values opened with three people no step names").isEqualTo(withNoOne);
	}

	private static String add(Person me, String name) {
		return add(me, name, 3);
	}

	private static String add(Person me, String name, int safety, String... goodFor) {
		return me.client()
			.postJson("/api/v1/people",
					Map.of("name", name, "safety", safety, "relation", "friend", "notes", "Met at school", "goodFor",
							List.of(goodFor), "channels", List.of(Map.of("kind", "phone", "value", "+34 600 000 000"))))
			.json()
			.get("id")
			.asString();
	}

}
