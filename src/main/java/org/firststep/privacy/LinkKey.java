package org.firststep.privacy;

import java.util.Arrays;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of one link between a person and a supporter. What the person shares with that
 * supporter (a status, an ask, the plan) is sealed under it, and it is stored only
 * wrapped: under the person's data key, under the supporter's, and, until the invitation
 * is accepted, under a key derived from the invitation's token. Deleting the link makes
 * every copy unreadable.
 */
public final class LinkKey {

	private final byte[] bytes;

	LinkKey(byte[] bytes) {
		if (bytes.length != DataKey.LENGTH) {
			throw new IllegalArgumentException("a link key has " + DataKey.LENGTH + " bytes");
		}
		this.bytes = bytes.clone();
	}

	SecretKey secretKey() {
		return new SecretKeySpec(this.bytes, "AES");
	}

	byte[] bytes() {
		return this.bytes.clone();
	}

	public void destroy() {
		Arrays.fill(this.bytes, (byte) 0);
	}

	@Override
	public String toString() {
		return "LinkKey[hidden]";
	}

}
