package org.firststep.asks;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.firststep.people.PeopleService;

/** People's names by id, for lists that show who each ask went to. */
public record Names(Map<String, String> byId) {

	/** The names of the people these items went to, opening no one else's. */
	static <T> Names of(PeopleService people, String accountId, List<T> items, Function<T, String> personId) {
		return new Names(people.names(accountId,
				items.stream().map(personId).filter(Objects::nonNull).collect(Collectors.toSet())));
	}

	/** The name, or the fallback when the person was removed from the network. */
	public String of(String personId, String fallback) {
		return (personId == null) ? fallback : this.byId.getOrDefault(personId, fallback);
	}

}
