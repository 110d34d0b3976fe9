package org.firststep.platform.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A constant that the API and the forms name by its own word ({@code noReply} for
 * {@code NO_REPLY}), so that {@link OneOf} accepts exactly those words.
 */
public interface ApiNamed {

	/** The word the API and the forms use. */
	String apiName();

	/**
	 * The words of an enumeration's constants: their {@link #apiName()}, else their Java
	 * names.
	 */
	static Set<String> words(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants())
			.map((constant) -> (constant instanceof ApiNamed named) ? named.apiName() : constant.name())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether the word names a constant of the enumeration, for input read by hand. */
	static boolean isOneOf(Class<? extends Enum<?>> type, Object word) {
		return word != null && words(type).contains(word.toString());
	}

}
