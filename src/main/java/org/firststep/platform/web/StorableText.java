package org.firststep.platform.web;

/**
 * Text FirstStep can keep: well-formed Unicode without NUL. A lone surrogate has no UTF-8
 * form, so hashing a password that holds one fails; PostgreSQL refuses NUL in text (and
 * SQLite would keep it). No keyboard types either and no browser sends them, so they are
 * refused where input arrives, as a field error that is the same on both databases.
 */
public final class StorableText {

	private StorableText() {
	}

	public static boolean isStorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || Character.isLowSurrogate(c)) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
		}
		return true;
	}

}
