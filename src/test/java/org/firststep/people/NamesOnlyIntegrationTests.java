package org.firststep.people;

import java.util.Map;

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
	@ValueSource(strings = { "/give-and-take", "/supporters", "/safety-plan" })
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
		me.client().putJson("/api/v1/safety-plan", Map.of("peopleToAsk", java.util.List.of(Map.of("personId", sam))));
		long withOne = opened(me.client(), path).count();
		for (String name : new String[] { "Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus" }) {
			add(me, name);
		}

		Opened withEight = opened(me.client(), path);

		assertThat(withEight.response().body()).contains("Sam");
		assertThat(withEight.count()).as("values opened with seven more people the plan does not name")
			.isEqualTo(withOne);
	}

	private static String add(Person me, String name) {
		return me.client()
			.postJson("/api/v1/people",
					Map.of("name", name, "safety", 3, "relation", "friend", "notes", "Met at school", "channels",
							java.util.List.of(Map.of("kind", "phone", "value", "+34 600 000 000"))))
			.json()
			.get("id")
			.asString();
	}

}
