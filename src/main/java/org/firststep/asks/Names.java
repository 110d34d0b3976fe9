package org.firststep.asks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.firststep.people.Person;

/** People's names by id, for lists that show who each ask went to. */
public record Names(Map<String, String> byId) {

	static Names of(List<Person> people) {
		return new Names(people.stream().collect(Collectors.toMap(Person::id, Person::name)));
	}

	/** The name, or the fallback when the person was removed from the network. */
	public String of(String personId, String fallback) {
		return (personId == null) ? fallback : this.byId.getOrDefault(personId, fallback);
	}

}
