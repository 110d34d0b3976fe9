package org.firststep.safetynet;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns free text into the plain form the crisis rules are written against: lower case
 * ASCII words separated by one space, sentence ends as a lone dot, and the spellings
 * people use when typing fast or upset brought back to one: accents, curly apostrophes,
 * digits for letters ("su1c1de"), letters spelt out ("s u i c i d e"), stretched letters
 * ("diiie" and "kill" both become one letter per run, so rules are squeezed the same
 * way), contractions and texting ("im", "dont", "wanna", "u", "q", "xq", "toy"), and a
 * few words that matter misspelt by one letter ("sucide", "myslef").
 */
final class TextNormalizer {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final String APOSTROPHES = "'’`´‘";

	/** Double quotes become the word "qt", so that rules can tell quoted speech. */
	private static final String QUOTES = "\"“”«»„";

	private static final String SENTENCE_ENDS = ".!?;:…\n\r";

	private static final Folded FOLDED = new Folded();

	private static final Pattern STRETCHED = Pattern.compile("([a-z])\\1+");

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	/** Contractions and texting, written in plain spelling (squeezed when loaded). */
	private static final Map<String, String> WORDS = squeezedKeys(Map.ofEntries(
			// English contractions without their apostrophe
			Map.entry("im", "i am"), Map.entry("ive", "i have"), Map.entry("id", "i would"), Map.entry("ill", "i will"),
			Map.entry("dont", "do not"), Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"),
			Map.entry("cant", "can not"), Map.entry("cannot", "can not"), Map.entry("wont", "will not"),
			Map.entry("wouldnt", "would not"), Map.entry("couldnt", "could not"), Map.entry("shouldnt", "should not"),
			Map.entry("isnt", "is not"), Map.entry("arent", "are not"), Map.entry("wasnt", "was not"),
			Map.entry("werent", "were not"), Map.entry("havent", "have not"), Map.entry("hasnt", "has not"),
			Map.entry("hadnt", "had not"), Map.entry("aint", "am not"), Map.entry("shouldve", "should have"),
			Map.entry("wouldve", "would have"), Map.entry("couldve", "could have"), Map.entry("youre", "you are"),
			Map.entry("theyre", "they are"), Map.entry("theyd", "they would"), Map.entry("theyll", "they will"),
			Map.entry("itd", "it would"), Map.entry("itll", "it will"), Map.entry("thatd", "that would"),
			Map.entry("thats", "that is"), Map.entry("its", "it is"), Map.entry("shes", "she is"),
			Map.entry("hes", "he is"), Map.entry("lifes", "life is"), Map.entry("everythings", "everything is"),
			Map.entry("nothings", "nothing is"), Map.entry("theyve", "they have"), Map.entry("weve", "we have"),
			Map.entry("wed", "we had"), Map.entry("youd", "you would"), Map.entry("youve", "you have"),
			Map.entry("youll", "you will"), Map.entry("whats", "what is"), Map.entry("theres", "there is"),
			Map.entry("wanna", "want to"), Map.entry("gonna", "going to"), Map.entry("gotta", "got to"),
			Map.entry("hafta", "have to"), Map.entry("kinda", "kind of"), Map.entry("dunno", "do not know"),
			Map.entry("idk", "i do not know"), Map.entry("idc", "i do not care"), Map.entry("imo", "in my opinion"),
			Map.entry("tbh", "to be honest"), Map.entry("ngl", "not going to lie"),
			// English texting
			Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("ppl", "people"),
			Map.entry("cuz", "because"), Map.entry("coz", "because"), Map.entry("cos", "because"),
			Map.entry("bc", "because"), Map.entry("bcuz", "because"), Map.entry("rn", "right now"),
			Map.entry("tn", "tonight"), Map.entry("tonite", "tonight"), Map.entry("2nite", "tonight"),
			Map.entry("2night", "tonight"), Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"),
			Map.entry("tmrow", "tomorrow"), Map.entry("2moro", "tomorrow"), Map.entry("2morrow", "tomorrow"),
			Map.entry("tomoz", "tomorrow"), Map.entry("noone", "no one"), Map.entry("no1", "no one"),
			Map.entry("every1", "everyone"), Map.entry("some1", "someone"), Map.entry("any1", "anyone"),
			Map.entry("smth", "something"), Map.entry("sth", "something"), Map.entry("abt", "about"),
			Map.entry("bout", "about"), Map.entry("ya", "you"), Map.entry("b4", "before"), Map.entry("2", "to"),
			Map.entry("w", "with"), Map.entry("wit", "with"), Map.entry("n", "and"), Map.entry("tho", "though"),
			Map.entry("thru", "through"), Map.entry("luv", "love"), Map.entry("pls", "please"),
			Map.entry("plz", "please"), Map.entry("ded", "dead"), Map.entry("dye", "die"), Map.entry("dy", "die"),
			Map.entry("dieing", "dying"), Map.entry("oding", "overdosing"), Map.entry("odd", "overdosed"),
			Map.entry("oded", "overdosed"), Map.entry("myslef", "myself"), Map.entry("meself", "myself"),
			Map.entry("mysef", "myself"), Map.entry("anymore", "any more"), Map.entry("anymroe", "any more"),
			Map.entry("wana", "want to"), Map.entry("wnt", "want"), Map.entry("evry", "every"),
			Map.entry("ppls", "people"), Map.entry("alot", "a lot"),
			// English dropped g
			Map.entry("thinkin", "thinking"), Map.entry("hangin", "hanging"), Map.entry("takin", "taking"),
			Map.entry("tryin", "trying"), Map.entry("goin", "going"), Map.entry("cuttin", "cutting"),
			Map.entry("killin", "killing"), Map.entry("feelin", "feeling"), Map.entry("nothin", "nothing"),
			Map.entry("somethin", "something"), Map.entry("dyin", "dying"), Map.entry("livin", "living"),
			Map.entry("endin", "ending"), Map.entry("wantin", "wanting"), Map.entry("hopin", "hoping"),
			Map.entry("doin", "doing"), Map.entry("wishin", "wishing"), Map.entry("plannin", "planning"),
			// Spanish texting
			Map.entry("q", "que"), Map.entry("k", "que"), Map.entry("ke", "que"), Map.entry("xq", "porque"),
			Map.entry("pq", "porque"), Map.entry("xk", "porque"), Map.entry("pk", "porque"),
			Map.entry("porq", "porque"), Map.entry("x", "por"), Map.entry("tb", "tambien"), Map.entry("tmb", "tambien"),
			Map.entry("tmbn", "tambien"), Map.entry("toy", "estoy"), Map.entry("tas", "estas"),
			Map.entry("tamos", "estamos"), Map.entry("bn", "bien"), Map.entry("nse", "no se"), Map.entry("d", "de"),
			Map.entry("pa", "para"), Map.entry("aser", "hacer"), Map.entry("acer", "hacer"), Map.entry("ise", "hice"),
			Map.entry("ize", "hice"), Map.entry("nadien", "nadie"), Map.entry("aki", "aqui"),
			Map.entry("kiero", "quiero"), Map.entry("qiero", "quiero"), Map.entry("kieres", "quieres"),
			Map.entry("muxo", "mucho"), Map.entry("ai", "ahi"), Map.entry("ahy", "ahi"), Map.entry("ya no", "ya no"),
			Map.entry("mrir", "morir"), Map.entry("morirm", "morirme"), Map.entry("matarm", "matarme"),
			Map.entry("kitarme", "quitarme"), Map.entry("qitarme", "quitarme"), Map.entry("vrdd", "verdad"),
			Map.entry("tqm", "te quiero mucho"), Map.entry("salu2", "saludos")));

	/** Words after which "ill" means sick, not "I will". */
	private static final java.util.Set<String> ILL_AFTER = java.util.Set.of("got", "realy", "so", "very", "fal", "fel",
			"became", "terminaly", "seriously", "to", "is", "am", "was", "be", "ben", "feling", "get", "geting",
			"mentaly", "critically", "gravely", "chronicaly");

	/** Real words one letter away from a word above: never changed. */
	private static final java.util.Set<String> REAL_WORDS = java.util.Set.of("loving", "giving", "lying", "lining",
			"liking", "lifting", "existed", "tire", "tires", "tiles", "tried", "tiled", "timed", "tiered", "aline",
			"alike", "alien", "olive", "slive", "muerte", "matarte", "morirte", "morirse", "matarse", "muertos",
			"muertas", "suicida", "suicides", "suicided", "suicidas", "everyones", "forevers", "burdens", "despertas",
			"despierta");

	/**
	 * Words that matter, found again when one letter is wrong, missing, extra or swapped.
	 */
	private static final Map<String, String> ONE_LETTER_OFF = oneLetterOff(List.of("suicide", "suicidal", "suicidio",
			"suicidarme", "suicidar", "myself", "overdose", "overdosed", "overdosing", "disappear", "goodbye",
			"goodbyes", "nobody", "everyone", "everybody", "desaparecer", "sobredosis", "despedida", "despedirme",
			"pastillas", "ahorcarme", "lastimarme", "tablets", "burden", "forever", "existing", "exist", "matarme",
			"morirme", "despertar", "despertarme", "muerta", "muerto", "tired", "living", "alive"));

	private TextNormalizer() {
	}

	/**
	 * The plain form, with a space at each end so that every word, the first included,
	 * has a space before and after it.
	 */
	static String normalize(String text) {
		List<String> tokens = new java.util.ArrayList<>(text.length() / 4 + 4);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char original = text.charAt(i);
			String folded = (original < 128) ? null : FOLDED.fold(original);
			int count = (folded != null) ? folded.length() : 1;
			for (int k = 0; k < count; k++) {
				char c = (folded != null) ? folded.charAt(k)
						: (original >= 'A' && original <= 'Z') ? (char) (original + ('a' - 'A')) : original;
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '$') {
					word.append(c);
				}
				else if (c == ' ') {
					addWord(tokens, word);
				}
				else if (APOSTROPHES.indexOf(c) < 0) {
					addWord(tokens, word);
					if (QUOTES.indexOf(c) >= 0) {
						tokens.add("qt");
					}
					else if (SENTENCE_ENDS.indexOf(c) >= 0 && !tokens.isEmpty()
							&& !tokens.get(tokens.size() - 1).equals(".")) {
						tokens.add(".");
					}
				}
			}
		}
		addWord(tokens, word);
		joinSpeltOut(tokens);
		StringBuilder words = new StringBuilder(text.length() + 16).append(' ');
		String previous = "";
		for (String token : tokens) {
			String squeezed = squeeze(token);
			String known = (squeezed.equals("il") && ILL_AFTER.contains(previous)) ? squeezed : WORDS.get(squeezed);
			previous = squeezed;
			if (known == null && squeezed.length() >= 5) {
				known = ONE_LETTER_OFF.get(squeezed);
			}
			if (known == null && squeezed.startsWith("k") && squeezed.startsWith("ier", 1)) {
				known = "qu" + squeezed.substring(1);
			}
			words.append(known != null ? known : squeezed).append(' ');
		}
		return words.toString();
	}

	/**
	 * Each character beyond ASCII as it reads without accents, in lower case: what
	 * {@link Normalizer.Form#NFD canonical decomposition} without its marks gives, worked
	 * out once for the scripts where it can give a plain letter, and a space (a word's
	 * end) for everything further, which decomposes to no plain letter.
	 */
	private static final class Folded {

		private static final int COVERED = 0x2200;

		private final String[] table = new String[COVERED];

		Folded() {
			for (char c = 128; c < COVERED; c++) {
				this.table[c] = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
					.replaceAll("")
					.toLowerCase(Locale.ROOT);
			}
		}

		String fold(char c) {
			if (c < COVERED) {
				return this.table[c];
			}
			if (APOSTROPHES.indexOf(c) >= 0 || QUOTES.indexOf(c) >= 0 || SENTENCE_ENDS.indexOf(c) >= 0) {
				return String.valueOf(c);
			}
			int type = Character.getType(c);
			boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK;
			return mark ? "" : " ";
		}

	}

	/**
	 * Ends a word: digits in it read as letters, unless it is a texting word as it is.
	 */
	private static void addWord(List<String> tokens, StringBuilder word) {
		if (word.isEmpty()) {
			return;
		}
		String raw = word.toString();
		word.setLength(0);
		boolean letter = false;
		boolean leet = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			letter |= c >= 'a' && c <= 'z';
			leet |= (c >= '0' && c <= '9') || c == '@' || c == '$';
		}
		if (letter && leet && !WORDS.containsKey(squeeze(raw))) {
			raw = unLeet(raw);
		}
		raw = raw.replace("@", "").replace("$", "");
		if (!raw.isEmpty()) {
			tokens.add(raw);
		}
	}

	/** Three or more single letters in a row ("s u i c i d e") become one word. */
	private static void joinSpeltOut(List<String> tokens) {
		for (int start = 0; start < tokens.size(); start++) {
			int end = start;
			while (end < tokens.size() && singleLetter(tokens.get(end))) {
				end++;
			}
			if (end - start >= 3) {
				List<String> letters = tokens.subList(start, end);
				String joined = String.join("", letters);
				letters.clear();
				tokens.add(start, joined);
			}
		}
	}

	private static boolean singleLetter(String token) {
		return token.length() == 1 && token.charAt(0) >= 'a' && token.charAt(0) <= 'z';
	}

	/**
	 * The sentences of a normalized text, each with a space at each end. A fragment of up
	 * to three words is joined to the sentence before it (or, first in the text, to the
	 * one after), so that stops cannot split a statement ("Kill. Myself.", "I'm ready to
	 * go. I mean it.").
	 */
	static List<String> sentences(String normal) {
		List<String> sentences = new java.util.ArrayList<>();
		String pending = "";
		for (int start = 0; start < normal.length();) {
			int stop = normal.indexOf(" . ", start);
			int end = (stop >= 0) ? stop : normal.length();
			String words = normal.substring(start, end).strip();
			start = (stop >= 0) ? stop + 3 : end;
			if (words.isEmpty() || words.equals(".")) {
				continue;
			}
			if (wordCount(words) <= 3 && !sentences.isEmpty() && pending.isEmpty()) {
				int last = sentences.size() - 1;
				sentences.set(last, sentences.get(last) + words + " ");
				continue;
			}
			pending = pending.isEmpty() ? words : pending + " " + words;
			if (wordCount(pending) > 3) {
				sentences.add(" " + pending + " ");
				pending = "";
			}
		}
		if (!pending.isEmpty()) {
			sentences.add(" " + pending + " ");
		}
		return sentences;
	}

	/** How many words, counted up to four: more is more. */
	private static int wordCount(String words) {
		int count = 1;
		for (int i = 0; i < words.length() && count < 4; i++) {
			if (words.charAt(i) == ' ') {
				count++;
			}
		}
		return count;
	}

	/**
	 * Squeezes every run of one letter to that letter once, as {@link #normalize} does.
	 */
	static String squeeze(String plainSpelling) {
		StringBuilder squeezed = null;
		for (int i = 1; i < plainSpelling.length(); i++) {
			char c = plainSpelling.charAt(i);
			boolean repeat = c >= 'a' && c <= 'z' && c == plainSpelling.charAt(i - 1);
			if (repeat && squeezed == null) {
				squeezed = new StringBuilder(plainSpelling.length()).append(plainSpelling, 0, i);
			}
			else if (!repeat && squeezed != null) {
				squeezed.append(c);
			}
		}
		return (squeezed != null) ? squeezed.toString() : plainSpelling;
	}

	private static String unLeet(String word) {
		return word.replace('0', 'o')
			.replace('1', 'i')
			.replace('3', 'e')
			.replace('4', 'a')
			.replace('5', 's')
			.replace('7', 't')
			.replace('@', 'a')
			.replace('$', 's');
	}

	private static Map<String, String> squeezedKeys(Map<String, String> words) {
		Map<String, String> squeezed = new HashMap<>();
		words.forEach((word, meaning) -> squeezed.put(squeeze(word), squeeze(meaning)));
		return Map.copyOf(squeezed);
	}

	/** Every spelling one edit away from each word (squeezed), pointing at the word. */
	private static Map<String, String> oneLetterOff(List<String> words) {
		Map<String, String> variants = new HashMap<>();
		String letters = "abcdefghijklmnopqrstuvwxyz";
		for (String original : words) {
			String word = squeeze(original);
			for (int i = 0; i <= word.length(); i++) {
				if (i < word.length()) {
					variants.putIfAbsent(word.substring(0, i) + word.substring(i + 1), word);
				}
				if (i + 1 < word.length()) {
					variants.putIfAbsent(
							word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2), word);
				}
				for (char c : letters.toCharArray()) {
					if (i < word.length()) {
						variants.putIfAbsent(word.substring(0, i) + c + word.substring(i + 1), word);
					}
					variants.putIfAbsent(word.substring(0, i) + c + word.substring(i), word);
				}
			}
		}
		words.forEach((word) -> variants.remove(squeeze(word)));
		for (String word : REAL_WORDS) {
			variants.remove(squeeze(word));
		}
		variants.replaceAll((variant, word) -> variant.equals(word) ? null : word);
		variants.values().removeIf(java.util.Objects::isNull);
		Map<String, String> result = new HashMap<>();
		variants.forEach((variant, word) -> {
			if (STRETCHED.matcher(variant).find() || variant.length() < 5) {
				return;
			}
			result.put(variant, word);
		});
		return Map.copyOf(result);
	}

}
