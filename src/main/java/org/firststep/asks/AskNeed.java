package org.firststep.asks;

import java.util.List;
import java.util.stream.Stream;

import org.firststep.people.Need;

/**
 * A need as the ask pages show it: the word that goes into links and message keys.
 *
 * @param apiName the need's word, such as {@code listening}
 */
public record AskNeed(String apiName) {

	/** Every need, in the order the pages offer them. */
	public static final List<AskNeed> ALL = Stream.of(Need.values()).map(AskNeed::of).toList();

	static AskNeed of(Need need) {
		return new AskNeed(need.apiName());
	}

}
