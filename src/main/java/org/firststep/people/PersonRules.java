package org.firststep.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.ApiNamed;

/**
 * The checks that span fields, shared by the form, the API and the import: a name that is
 * more than blanks, and contacts that look like what their kind says.
 */
final class PersonRules {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{1,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private PersonRules() {
	}

	static PersonInput check(String type, String name, String relation, List<Channel> channels, List<String> goodFor,
			Integer safety, String notes, String channelField) {
		List<FieldMessage> errors = new ArrayList<>();
		if (type != null && !type.isBlank() && !ApiNamed.isOneOf(PersonType.class, type)) {
			errors.add(new FieldMessage("type", "people.type"));
		}
		if (name == null || name.isBlank()) {
			errors.add(new FieldMessage("name", "people.name.required"));
		}
		if (safety == null || safety < 1 || safety > 5) {
			errors.add(new FieldMessage("safety", "people.safety.range"));
		}
		List<Channel> cleaned = new ArrayList<>();
		for (int i = 0; i < channels.size(); i++) {
			Channel channel = channels.get(i);
			String value = (channel.value() == null) ? "" : channel.value().trim();
			String field = channelField.formatted(i, channel.kind());
			boolean ok = switch (channel.kind()) {
				case "phone", "sms" -> PHONE.matcher(value).matches();
				case "email" -> EMAIL.matcher(value).matches();
				default -> !value.isEmpty();
			};
			if (!ok) {
				errors.add(new FieldMessage(field, "people.channel." + channel.kind()));
			}
			cleaned.add(new Channel(channel.kind(), value));
		}
		Set<Need> needs = EnumSet.noneOf(Need.class);
		if (goodFor != null) {
			for (String need : goodFor) {
				Need.of(need)
					.ifPresentOrElse(needs::add, () -> errors.add(new FieldMessage("goodFor", "people.goodFor")));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.toArray(FieldMessage[]::new));
		}
		return new PersonInput((type == null || type.isBlank()) ? "person" : type, name.trim(), blankToNull(relation),
				cleaned, needs, safety, blankToNull(notes));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
