package org.firststep.thoughts;

import java.util.Arrays;
import java.util.Optional;

import org.firststep.platform.web.ApiNamed;

/**
 * Common thinking traps. Their names and plain definitions, in our own words, are in the
 * message bundles under {@code trap.<id>}.
 */
public enum ThinkingTrap implements ApiNamed {

	ALL_OR_NOTHING("allOrNothing"), MIND_READING("mindReading"), FORTUNE_TELLING("fortuneTelling"),
	CATASTROPHISING("catastrophising"), SHOULDS("shoulds"), LABELLING("labelling"), PERSONALISING("personalising"),
	DISCOUNTING_THE_POSITIVE("discountingThePositive"), EMOTIONAL_REASONING("emotionalReasoning"),
	OVERGENERALISING("overgeneralising"), MENTAL_FILTER("mentalFilter"), COMPARING("comparing");

	private final String id;

	ThinkingTrap(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	/** The API's word for the trap: its id. */
	@Override
	public String apiName() {
		return this.id;
	}

	public static Optional<ThinkingTrap> of(String id) {
		return Arrays.stream(values()).filter((trap) -> trap.id.equals(id)).findFirst();
	}

}
