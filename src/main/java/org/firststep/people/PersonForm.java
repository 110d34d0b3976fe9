package org.firststep.people;

import java.util.ArrayList;
import java.util.List;

/**
 * The add and edit form of a person: one field per way to reach them.
 *
 * @param type {@code person} or {@code service}
 * @param name the name
 * @param relation the relation
 * @param phone a number to call
 * @param sms a number to text
 * @param email an e-mail address
 * @param other any other way (a username, an address)
 * @param goodFor the needs ticked
 * @param safety 1 to 5
 * @param notes private notes
 */
record PersonForm(String type, @PersonName String name, @Relation String relation, @ContactValue String phone,
		@ContactValue String sms, @ContactValue String email, @ContactValue String other, List<String> goodFor,
		Integer safety, @PersonNotes String notes) {

	static PersonForm empty() {
		return new PersonForm("person", null, null, null, null, null, null, List.of(), null, null);
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.type(), person.name(), person.relation(), value(person, "phone"),
				value(person, "sms"), value(person, "email"), value(person, "other"),
				person.goodFor().stream().map(Need::apiName).toList(), person.safety(), person.notes());
	}

	PersonInput input() {
		List<Channel> channels = new ArrayList<>();
		add(channels, "phone", this.phone);
		add(channels, "sms", this.sms);
		add(channels, "email", this.email);
		add(channels, "other", this.other);
		return PersonRules.check(this.type, this.name, this.relation, channels, this.goodFor, this.safety, this.notes,
				"%2$s");
	}

	private static void add(List<Channel> channels, String kind, String value) {
		if (value != null && !value.isBlank()) {
			channels.add(new Channel(kind, value));
		}
	}

	private static String value(Person person, String kind) {
		return person.channel(kind).map(Channel::value).orElse(null);
	}

}
