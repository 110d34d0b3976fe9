package org.firststep.accounts;

import java.text.Normalizer;

/**
 * A password as it was typed, spaces and all, in Unicode NFC: "é" typed as one character
 * or as "e" and an accent is the same password on every keyboard. Every record that
 * carries a password brings it here as it is made, so that hashing, the checks and the
 * key it unwraps all see the same text.
 */
final class TypedPassword {

	private TypedPassword() {
	}

	static String nfc(String password) {
		return (password != null) ? Normalizer.normalize(password, Normalizer.Form.NFC) : null;
	}

}
