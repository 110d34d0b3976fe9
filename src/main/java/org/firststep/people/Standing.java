package org.firststep.people;

import java.time.Instant;
import java.util.Set;

/** What ranks someone for a need, all of it in the clear: no name, contact or note. */
interface Standing {

	String id();

	Set<Need> goodFor();

	int safety();

	Instant createdAt();

	default boolean isGoodFor(Need need) {
		return goodFor().contains(need);
	}

	/** Someone's standing read without opening anything of them. */
	record Unopened(String id, Set<Need> goodFor, int safety, Instant createdAt) implements Standing {
	}

}
