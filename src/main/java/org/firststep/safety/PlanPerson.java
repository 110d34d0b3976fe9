package org.firststep.safety;

import java.util.List;

import org.firststep.people.Channel;
import org.firststep.people.Person;

/**
 * Someone from the network a plan line names, as the plan shows them.
 *
 * @param id their id in the network
 * @param name their current name
 * @param channels the ways to reach them
 * @param call a {@code tel:} link, or null without a phone number
 * @param text an {@code sms:} link, or null without a number for texts
 */
public record PlanPerson(String id, String name, List<Reach> channels, String call, String text) {

	static PlanPerson of(Person person) {
		return new PlanPerson(person.id(), person.name(),
				person.channels().stream().map((channel) -> new Reach(channel.kind(), channel.value())).toList(),
				person.channel("phone").map(Channel::href).orElse(null),
				person.channel("sms").map(Channel::href).orElse(null));
	}

	/**
	 * One way to reach them.
	 *
	 * @param kind {@code phone}, {@code sms}, {@code email} or {@code other}
	 * @param value the number, address or other contact
	 */
	public record Reach(String kind, String value) {
	}

}
