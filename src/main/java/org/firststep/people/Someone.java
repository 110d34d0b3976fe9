package org.firststep.people;

import java.time.Instant;
import java.util.Set;

/**
 * Someone in the network opened no further than their name: for a page that suggests or
 * lets the person choose whom to ask, and shows no contact or note.
 *
 * @param id their id in the network
 * @param type {@code person} or {@code service}
 * @param name how the person calls them
 * @param goodFor the needs they are good for
 * @param safety how safe they feel to ask, 1 to 5
 * @param createdAt when they were added
 */
public record Someone(String id, String type, String name, Set<Need> goodFor, int safety,
		Instant createdAt) implements Standing {

	/** The first name, for greetings in messages ("Hi Sam,"). */
	public String firstName() {
		return Person.firstName(this.type, this.name);
	}

}
