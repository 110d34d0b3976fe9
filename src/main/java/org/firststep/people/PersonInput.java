package org.firststep.people;

import java.util.List;
import java.util.Set;

/**
 * A person to save, already checked by the form or the API request it came from.
 *
 * @param type {@code person} or {@code service}
 * @param name the name
 * @param relation the relation, may be null
 * @param channels ways to reach them
 * @param goodFor the needs they are good for
 * @param safety 1 to 5
 * @param notes private notes, may be null
 */
public record PersonInput(String type, String name, String relation, List<Channel> channels, Set<Need> goodFor,
		int safety, String notes) {
}
