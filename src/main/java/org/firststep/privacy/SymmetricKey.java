package org.firststep.privacy;

import java.util.Arrays;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key held in memory: an account's data key or a link's key. It never goes
 * to the database, a log or the disk unwrapped; {@link #toString()} hides it.
 */
abstract sealed class SymmetricKey permits DataKey, LinkKey {

	static final int LENGTH = 32;

	private final byte[] bytes;

	SymmetricKey(byte[] bytes) {
		if (bytes.length != LENGTH) {
			throw new IllegalArgumentException("a key has " + LENGTH + " bytes");
		}
		this.bytes = bytes.clone();
	}

	SecretKey secretKey() {
		return new SecretKeySpec(this.bytes, "AES");
	}

	byte[] bytes() {
		return this.bytes.clone();
	}

	/** Overwrites the key in memory once it is no longer needed. */
	public void destroy() {
		Arrays.fill(this.bytes, (byte) 0);
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[hidden]";
	}

}
