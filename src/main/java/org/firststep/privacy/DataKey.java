package org.firststep.privacy;

import java.util.Arrays;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An account's 256-bit data key, unwrapped, in memory for the length of one request. It
 * never goes to the database, a log or the disk; {@link #toString()} hides it.
 */
public final class DataKey {

	static final int LENGTH = 32;

	private final byte[] bytes;

	DataKey(byte[] bytes) {
		if (bytes.length != LENGTH) {
			throw new IllegalArgumentException("a data key has " + LENGTH + " bytes");
		}
		this.bytes = bytes.clone();
	}

	static DataKey random() {
		return new DataKey(Crypto.randomBytes(LENGTH));
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
		return "DataKey[hidden]";
	}

}
