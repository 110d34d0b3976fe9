package org.firststep.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Who to ask first for a need. */
final class Suggestions {

	private Suggestions() {
	}

	/**
	 * Those good for the need, safest first; among equally safe, the one who said yes
	 * most often; otherwise in the order given (by name).
	 */
	static List<Person> rank(List<Person> people, Need need, Map<String, Long> yesesByPerson) {
		return people.stream()
			.filter((person) -> person.isGoodFor(need))
			.sorted(Comparator.comparingInt(Person::safety)
				.reversed()
				.thenComparing((Person person) -> yesesByPerson.getOrDefault(person.id(), 0L),
						Comparator.reverseOrder()))
			.toList();
	}

}
