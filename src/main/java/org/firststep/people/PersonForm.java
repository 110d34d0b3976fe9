package org.firststep.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
record PersonForm(String type, String name, String relation, String phone, String sms, String email, String other,
		List<String> goodFor, Integer safety, String notes) {

	private static final Pattern CHANNEL = Pattern.compile("channels\\[(\\d+)\\].*");

	static PersonForm empty() {
		return new PersonForm("person", null, null, null, null, null, null, List.of(), null, null);
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.type(), person.name(), person.relation(), value(person, "phone"),
				value(person, "sms"), value(person, "email"), value(person, "other"),
				person.goodFor().stream().map(Need::apiName).toList(), person.safety(), person.notes());
	}

	/** The form as the API's request, so both are checked by its constraints. */
	PersonRequest request() {
		return new PersonRequest(this.type, this.name, this.relation, channels(), this.goodFor, this.safety,
				this.notes);
	}

	/**
	 * The form's field for a property of {@link #request()}: each channel has its own.
	 */
	String field(String path) {
		Matcher channel = CHANNEL.matcher(path);
		if (channel.matches()) {
			return channels().get(Integer.parseInt(channel.group(1))).kind();
		}
		return path.replaceFirst("\\[.*", "");
	}

	private List<Channel> channels() {
		List<Channel> channels = new ArrayList<>();
		add(channels, "phone", this.phone);
		add(channels, "sms", this.sms);
		add(channels, "email", this.email);
		add(channels, "other", this.other);
		return channels;
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
