package org.firststep.privacy;

/** An account's data key, unwrapped, in memory for the length of one request. */
public final class DataKey extends SymmetricKey {

	DataKey(byte[] bytes) {
		super(bytes);
	}

	static DataKey random() {
		return new DataKey(Crypto.randomBytes(SymmetricKey.LENGTH));
	}

}
