package org.firststep.supporters;

import java.time.Instant;
import java.util.Map;

/**
 * An offer of help from a supporter.
 *
 * @param id its id
 * @param from who offers (the supporter's name on the person's side, the person's on the
 * supporter's)
 * @param what what they offer
 * @param when when
 * @param note an optional note
 * @param state whether the person took it
 * @param createdAt when it was made
 */
public record OfferView(String id, String from, String what, String when, String note, OfferState state,
		Instant createdAt) {

	static OfferView of(String id, String from, SupporterRepository.SharedItem item, Map<String, Object> content) {
		return new OfferView(id, from, text(content, "what"), text(content, "when"), text(content, "note"),
				(OfferState) item.state(), item.createdAt());
	}

	private static String text(Map<String, Object> content, String key) {
		Object value = content.get(key);
		return (value == null) ? null : value.toString();
	}

}
