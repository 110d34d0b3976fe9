package org.firststep.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Someone in the support network: a person or a service.
 *
 * @param id opaque id
 * @param type {@code person} or {@code service}
 * @param name how the person calls them
 * @param relation friend, sister, GP, helpline...
 * @param channels ways to reach them
 * @param goodFor the needs they are good for
 * @param safety how safe they feel to ask, 1 to 5
 * @param notes private notes
 * @param createdAt when they were added
 */
public record Person(String id, String type, String name, String relation, List<Channel> channels, Set<Need> goodFor,
		int safety, String notes, Instant createdAt) implements Standing {

	/** The first way to reach them of this kind. */
	public Optional<Channel> channel(String kind) {
		return this.channels.stream().filter((channel) -> channel.kind().equals(kind)).findFirst();
	}

	/** The first name, for greetings in messages ("Hi Sam,"). */
	public String firstName() {
		return firstName(this.type, this.name);
	}

	static String firstName(String type, String name) {
		String trimmed = name.trim();
		int space = trimmed.indexOf(' ');
		return (space > 0 && "person".equals(type)) ? trimmed.substring(0, space) : trimmed;
	}

}
