package org.firststep.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages FirstStep speaks. English is the fallback. */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale SPANISH = Locale.of("es");

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

	private Languages() {
	}

	/** The supported language with this tag, if any ({@code en}, {@code es}). */
	public static java.util.Optional<Locale> byTag(String tag) {
		if (tag == null) {
			return java.util.Optional.empty();
		}
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(tag)).findFirst();
	}

}
