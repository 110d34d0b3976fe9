package org.firststep.supporters;

import java.util.Map;

import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;

import org.firststep.privacy.LinkKey;
import org.firststep.privacy.LinkKeys;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;
import org.firststep.platform.persistence.Json;

/**
 * Seals and opens the copies shared over a link, as JSON objects, with the link key
 * unwrapped for whichever side is acting.
 */
@Component
class Copies {

	static final SealedField CONTENT = new SealedField("shared_item", "content");

	static final SealedField ANSWER = new SealedField("shared_item", "answer");

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final LinkKeys keys;

	private final Sealer sealer;

	Copies(LinkKeys keys, Sealer sealer) {
		this.keys = keys;
		this.sealer = sealer;
	}

	/** The link key, for the person supported (acting as themselves). */
	LinkKey ownerKey(SupporterLink link) {
		return ownerKey(Recipient.of(link));
	}

	/** The same for an invitation still open, whose key is the link's to be. */
	LinkKey ownerKey(Recipient recipient) {
		return this.keys.unwrapFor(recipient.accountId(), recipient.id(), recipient.keyForOwner());
	}

	/** The link key, for the supporter (acting as themselves). */
	LinkKey supporterKey(SupporterLink link) {
		return this.keys.unwrapFor(link.supporterAccountId(), link.id(), link.keyForSupporter());
	}

	byte[] seal(LinkKey key, SupporterLink link, SealedField field, CopyKind kind, String itemId,
			Map<String, Object> value) {
		return seal(key, link.id(), field, kind, itemId, value);
	}

	/**
	 * Seals a copy for the link with this id, whether it is active or still an invitation
	 * whose copies wait in {@code invitation_item}: the associated data names
	 * {@code shared_item}, where the copy is opened.
	 */
	byte[] seal(LinkKey key, String linkId, SealedField field, CopyKind kind, String itemId,
			Map<String, Object> value) {
		return this.sealer.sealShared(key, linkId, field, kind.stored() + ":" + itemId,
				Json.MAPPER.writeValueAsString(value));
	}

	Map<String, Object> open(LinkKey key, SupporterLink link, SealedField field, CopyKind kind, String itemId,
			byte[] sealed) {
		String text = this.sealer.openShared(key, link.id(), field, kind.stored() + ":" + itemId, sealed);
		return (text == null) ? null : Json.MAPPER.readValue(text, OBJECT);
	}

}
