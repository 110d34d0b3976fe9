package org.firststep.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTests {

	static Person person(String id, int safety, Need... needs) {
		return person(id, safety, Instant.EPOCH, needs);
	}

	static Person person(String id, int safety, Instant added, Need... needs) {
		Set<Need> goodFor = (needs.length == 0) ? EnumSet.noneOf(Need.class) : EnumSet.of(needs[0], needs);
		return new Person(id, "person", id, null, List.of(), goodFor, safety, null, added);
	}

	@Test
	void theSafestOfThoseGoodForTheNeedComesFirst() {
		var people = List.of(person("ana", 3, Need.LISTENING), person("ben", 5, Need.PRACTICAL),
				person("cai", 4, Need.LISTENING, Need.PRACTICAL));
		assertThat(Suggestions.rank(people, Need.LISTENING, Map.of())).extracting(Person::id)
			.containsExactly("cai", "ana");
		assertThat(Suggestions.rank(people, Need.PRACTICAL, Map.of())).extracting(Person::id)
			.containsExactly("ben", "cai");
	}

	@Test
	void tiesGoToWhoSaidYesMostOften() {
		var people = List.of(person("ana", 4, Need.LISTENING), person("ben", 4, Need.LISTENING),
				person("cai", 4, Need.LISTENING));
		assertThat(Suggestions.rank(people, Need.LISTENING, Map.of("ben", 3L, "cai", 1L))).extracting(Person::id)
			.containsExactly("ben", "cai", "ana");
	}

	@Test
	void safetyOutweighsYeses() {
		var people = List.of(person("ana", 3, Need.CRISIS), person("ben", 5, Need.CRISIS));
		assertThat(Suggestions.rank(people, Need.CRISIS, Map.of("ana", 10L))).extracting(Person::id)
			.containsExactly("ben", "ana");
	}

	@Test
	void withNoOneGoodForTheNeedThereIsNoSuggestion() {
		var people = List.of(person("ana", 5, Need.LISTENING), person("ben", 5));
		assertThat(Suggestions.rank(people, Need.PROFESSIONAL, Map.of())).isEmpty();
	}

	@Test
	void equalTiesGoToWhoWasAddedFirstSoThatNoNameIsOpenedToChoose() {
		var people = List.of(person("ana", 2, Instant.ofEpochSecond(20), Need.INFORMATION),
				person("ben", 2, Instant.ofEpochSecond(10), Need.INFORMATION));
		assertThat(Suggestions.rank(people, Need.INFORMATION, Map.of())).extracting(Person::id)
			.containsExactly("ben", "ana");
	}

	@Test
	void theSafestOfAllIsTheSafestWhateverTheyAreGoodFor() {
		var people = List.of(person("ana", 3, Need.LISTENING), person("ben", 4), person("cai", 4, Need.CRISIS));
		assertThat(Suggestions.safestOfAll(people, Map.of("cai", 1L))).map(Person::id).contains("cai");
		assertThat(Suggestions.safestOfAll(List.<Person>of(), Map.of())).isEmpty();
	}

}
