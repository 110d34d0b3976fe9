package org.firststep.safetynet;

import java.util.Set;

/**
 * Which of the crisis net's languages a normalized text is written in, from the short
 * words every sentence uses, so that only those rules run. A text with too few of them to
 * tell, or with a fair share of both, gets both.
 */
final class Languages {

	private static final Set<String> ENGLISH = Set.of("the", "and", "i", "to", "is", "my", "you", "it", "that", "of",
			"not", "was", "am", "do", "have", "this", "with", "for", "but", "be", "just", "would", "will", "can",
			"what");

	private static final Set<String> SPANISH = Set.of("que", "de", "la", "el", "y", "me", "en", "lo", "es", "mi", "por",
			"con", "para", "una", "los", "las", "pero", "como", "mas", "estoy", "ya", "porque", "muy", "yo", "se");

	/** Below this many short words of either language, run both. */
	private static final int ENOUGH = 6;

	private Languages() {
	}

	/** English and Spanish, in the order the rules files are loaded. */
	static boolean[] of(String normal) {
		int english = 0;
		int spanish = 0;
		int start = 1;
		for (int end = normal.indexOf(' ', start); end > 0; end = normal.indexOf(' ', start)) {
			String word = normal.substring(start, end);
			english += ENGLISH.contains(word) ? 1 : 0;
			spanish += SPANISH.contains(word) ? 1 : 0;
			start = end + 1;
		}
		if (english + spanish < ENOUGH) {
			return new boolean[] { true, true };
		}
		// A language with at least a tenth of the short words is present.
		return new boolean[] { english * 10 >= english + spanish, spanish * 10 >= english + spanish };
	}

}
