package org.firststep.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who to ask first for a need. */
final class Suggestions {

	private Suggestions() {
	}

	/**
	 * Those good for the need, safest first; among equally safe, the one who said yes
	 * most often; among those, the one added first. Only what is in the clear decides, so
	 * finding the safest opens no one.
	 */
	static <T extends Standing> List<T> rank(List<T> people, Need need, Map<String, Long> yesesByPerson) {
		return people.stream().filter((person) -> person.isGoodFor(need)).sorted(order(yesesByPerson)).toList();
	}

	/** The safest of everyone, whatever they are good for. */
	static <T extends Standing> Optional<T> safestOfAll(List<T> people, Map<String, Long> yesesByPerson) {
		return people.stream().min(order(yesesByPerson));
	}

	private static Comparator<Standing> order(Map<String, Long> yesesByPerson) {
		return Comparator.comparingInt(Standing::safety)
			.reversed()
			.thenComparing((Standing person) -> yesesByPerson.getOrDefault(person.id(), 0L), Comparator.reverseOrder())
			.thenComparing(Standing::createdAt)
			.thenComparing(Standing::id);
	}

}
