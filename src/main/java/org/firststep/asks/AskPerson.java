package org.firststep.asks;

import org.firststep.people.Person;
import org.firststep.people.Someone;

/**
 * Someone in the network as the ask pages show them: to choose whom to ask, to greet, to
 * pick as a partner or a backup.
 *
 * @param id their id in the network
 * @param name how the person calls them
 * @param firstName the first name, for greetings
 * @param safety how safe they feel to ask, 1 to 5
 */
public record AskPerson(String id, String name, String firstName, int safety) {

	static AskPerson of(Someone person) {
		return new AskPerson(person.id(), person.name(), person.firstName(), person.safety());
	}

	static AskPerson of(Person person) {
		return new AskPerson(person.id(), person.name(), person.firstName(), person.safety());
	}

}
