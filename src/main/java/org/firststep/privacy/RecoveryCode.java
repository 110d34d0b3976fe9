package org.firststep.privacy;

import java.util.Locale;

/**
 * A recovery code: 100 random bits written as 20 characters of Crockford's base 32 in
 * four groups ({@code 7KQ2M-...}). Shown once at sign-up; with it a person who forgot
 * their password keeps all their data. Typing is forgiving: case, spaces and dashes do
 * not matter, and O, I and L read as 0, 1 and 1.
 *
 * @param value the code in its canonical form, without separators
 */
public record RecoveryCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static RecoveryCode random() {
		byte[] bytes = Crypto.randomBytes(20);
		StringBuilder code = new StringBuilder(20);
		for (byte b : bytes) {
			code.append(ALPHABET.charAt((b & 0xff) % 32));
		}
		return new RecoveryCode(code.toString());
	}

	/**
	 * Reads what a person typed; malformed input gives a code that will simply not match.
	 */
	public static RecoveryCode parse(String typed) {
		String normal = (typed == null) ? ""
				: typed.toUpperCase(Locale.ROOT)
					.replaceAll("[\\s-]", "")
					.replace('O', '0')
					.replace('I', '1')
					.replace('L', '1');
		return new RecoveryCode(normal);
	}

	/** The code as people read it, in groups of five. */
	public String display() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.value.length(); i++) {
			if (i > 0 && i % 5 == 0) {
				text.append('-');
			}
			text.append(this.value.charAt(i));
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return "RecoveryCode[hidden]";
	}

}
