package org.firststep.coach;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at a supporter's message before it is sent and points at phrases that often land
 * badly with someone who is struggling, in English and Spanish. The kinds follow the
 * guidance for supporters:
 * <ul>
 * <li>{@code minimising}: "it's not that bad", "it's just a phase", "at least…", "no es
 * para tanto";</li>
 * <li>{@code comparison}: "others have it worse", "when I was your age…", "hay gente que
 * está peor";</li>
 * <li>{@code toxicPositivity}: "stay positive", "everything happens for a reason", "mira
 * el lado bueno";</li>
 * <li>{@code denying}: "it's all in your head", "you don't look depressed", "la depresión
 * no existe";</li>
 * <li>{@code hurrying}: "snap out of it", "it's time to move on", "supéralo ya";</li>
 * <li>{@code vagueOffer}: "let me know if you need anything", "avísame si necesitas
 * algo": offers that leave all the work to the person;</li>
 * <li>{@code unaskedAdvice}: "you should…", "have you tried…", "deberías…";</li>
 * <li>{@code blame}: "it's your own fault", "you brought this on yourself", "te lo
 * buscaste".</li>
 * </ul>
 * <p>
 * How it reads: the message is first normalised (lower case, no accents, straight
 * apostrophes, contractions and texting spelled out, stretched letters shortened: "don't"
 * reads as "do not", "u" as "you", "q" as "que", "sooo" as "so"), keeping for every
 * normalised character the span of the original it stands for, so that a flag quotes the
 * phrase exactly as written. Then the rule table in {@code coach/rules.txt}, read and
 * compiled once, runs over the normalised text. The rules are written around ideas that
 * combine (who is compared with what; a push with getting better) through named pieces
 * such as {@code {OTHERS}} and {@code {RECOVER}}, not around single sentences, and the
 * corpus test measures them per kind on messages written before them. Harmless phrases
 * come first and hold their words, so a flag cannot start inside "you don't have to…",
 * "it's not your fault" or "no tienes que…".
 * <p>
 * Each rule belongs to a language, and so does each flag: its suggestion is written in
 * the language of the phrase. The few phrases that read the same in both (loanwords such
 * as "good vibes") take the language the rest of the message is written in, or the
 * fallback the caller gives when that cannot be told.
 * <p>
 * Known limits: it reads phrases, not intent, so a quoted phrase or a kindly meant "you
 * should rest" is flagged too, and the suggestion says why it may land badly rather than
 * forbidding it. Advice is not flagged when the message says it was asked for ("since you
 * asked"), and an open offer is not flagged beside a concrete one ("I can bring soup on
 * Thursday").
 */
public class MessageCoach {

	private static final Table TABLE = Table.read("/coach/rules.txt");

	private static final Set<String> ENGLISH = Set.of("the", "you", "your", "and", "is", "it", "to", "i", "am", "are",
			"of", "that", "this", "with", "for", "my", "be", "have", "what", "just", "not", "do", "get", "if", "we",
			"at", "on", "can", "will", "so", "but", "all", "u", "ur", "like", "know", "need", "think", "really");

	private static final Set<String> SPANISH = Set.of("que", "de", "el", "la", "los", "las", "y", "es", "en", "lo",
			"te", "tu", "por", "para", "con", "una", "mi", "estas", "estoy", "eres", "pero", "muy", "mas", "ya", "como",
			"ti", "se", "le", "del", "al", "sos", "vos", "algo", "tienes", "esto", "eso", "nada", "porque");

	/**
	 * Every flag in a message, in the order they appear; a phrase that reads the same in
	 * both languages takes English when the message does not tell.
	 */
	public List<Flag> check(String message) {
		return check(message, "en");
	}

	/**
	 * Every flag in a message, in the order they appear; one per phrase.
	 * @param message the message as written
	 * @param fallbackLanguage {@code en} or {@code es}: the language of a phrase that
	 * reads the same in both when the rest of the message does not tell
	 */
	public List<Flag> check(String message, String fallbackLanguage) {
		if (message == null || message.isBlank()) {
			return List.of();
		}
		Folded folded = fold(message);
		boolean specificOffer = TABLE.specificOffer().stream().anyMatch((p) -> p.matcher(folded.text()).find());
		boolean askedFor = TABLE.askedFor().stream().anyMatch((p) -> p.matcher(folded.text()).find());
		List<Span> held = new ArrayList<>();
		List<Span> spans = new ArrayList<>();
		for (Rule rule : TABLE.rules()) {
			if ((rule.kind() == Kind.VAGUE_OFFER && specificOffer)
					|| (rule.kind() == Kind.UNASKED_ADVICE && askedFor)) {
				continue;
			}
			Matcher matcher = rule.pattern().matcher(folded.text());
			while (matcher.find()) {
				Span found = new Span(matcher.start(), matcher.end(), rule.kind(), rule.lang());
				if (found.end() == found.start() || held.stream().anyMatch(found::overlaps)) {
					continue;
				}
				if (rule.kind() == null) {
					held.add(found);
					continue;
				}
				// Two rules finding one phrase, or two halves of it, make one flag.
				Span same = spans.stream()
					.filter((span) -> span.kind() == found.kind() && span.touches(found, folded.text()))
					.findFirst()
					.orElse(null);
				if (same != null) {
					spans.set(spans.indexOf(same), same.joined(found));
				}
				else if (spans.stream().noneMatch(found::overlaps)) {
					spans.add(found);
				}
			}
		}
		List<Flag> flags = new ArrayList<>();
		for (Span span : spans) {
			int end = quotedEnd(folded.text(), span.start(), span.end());
			flags.add(folded.flag(message, span.start(), end, span.kind(),
					language(span.lang(), folded, fallbackLanguage)));
		}
		flags.removeIf((flag) -> flag.phrase().isEmpty());
		flags.sort(Comparator.comparingInt(Flag::at));
		return flags;
	}

	/**
	 * Where the quote of a phrase ends: a rule may run on to a word that only links to
	 * what follows ("imagine being a nurse on a"); such words are left out of the quote.
	 */
	private static int quotedEnd(String text, int start, int end) {
		int cut = end;
		while (true) {
			int space = text.lastIndexOf(' ', cut - 1);
			if (space <= start || text.indexOf(' ', start) >= space
					|| !DANGLING.contains(text.substring(space + 1, cut))) {
				return cut;
			}
			cut = space;
		}
	}

	private static String language(Lang lang, Folded folded, String fallback) {
		if (lang != Lang.ANY) {
			return lang.tag();
		}
		int english = 0;
		int spanish = 0;
		for (String word : folded.text().split("[^\\p{L}]+")) {
			english += ENGLISH.contains(word) ? 1 : 0;
			spanish += SPANISH.contains(word) ? 1 : 0;
		}
		return (english > spanish) ? "en" : (spanish > english) ? "es" : ("es".equals(fallback) ? "es" : "en");
	}

	/**
	 * The message as the rules read it: lower case, no accents, straight apostrophes,
	 * contractions and texting spelled out, runs of spaces made one, letters stretched
	 * over three times made one; and, for every character of it, the span of the original
	 * it stands for.
	 */
	static Folded fold(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		List<int[]> spans = new ArrayList<>(text.length() + 16);
		int i = 0;
		while (i < text.length()) {
			int start = i;
			char c = text.charAt(i);
			if (isWordChar(text, i)) {
				while (i < text.length() && isWordChar(text, i)) {
					i++;
				}
				String raw = text.substring(start, i);
				String word = spellOut(foldChars(raw));
				boolean sameShape = word.length() == raw.length();
				for (int k = 0; k < word.length(); k++) {
					out.append(word.charAt(k));
					spans.add(sameShape ? new int[] { start + k, start + k + 1 } : new int[] { start, i });
				}
			}
			else if (Character.isWhitespace(c)) {
				while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				out.append(text.substring(start, i).contains("\n") ? '\n' : ' ');
				spans.add(new int[] { start, i });
			}
			else {
				boolean joiner = (c == '-' || c == '‐') && i > 0 && i + 1 < text.length()
						&& Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
				out.append(joiner ? " " : foldChars(String.valueOf(c)));
				spans.add(new int[] { start, start + 1 });
				i++;
			}
		}
		return new Folded(out.toString(), spans);
	}

	private static boolean isWordChar(String text, int i) {
		char c = text.charAt(i);
		if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
			return true;
		}
		boolean apostrophe = c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´';
		return apostrophe && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
				&& Character.isLetter(text.charAt(i + 1));
	}

	/**
	 * Lower case without accents, curly apostrophes made straight, one character for one.
	 */
	private static String foldChars(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '’' || c == '‘' || c == '`' || c == '´') {
				folded.append('\'');
				continue;
			}
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			folded.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
		}
		return folded.toString();
	}

	/**
	 * One folded word as the rules expect it: "don't" as "do not", "sooo" as "so", "q" as
	 * "que".
	 */
	static String spellOut(String word) {
		String shortened = STRETCHED.matcher(word).replaceAll("$1");
		String spelled = SPELLED_OUT.get(shortened);
		if (spelled != null) {
			return spelled;
		}
		if (shortened.endsWith("n't")) {
			String base = shortened.substring(0, shortened.length() - 3);
			return switch (base) {
				case "ca" -> "can not";
				case "wo" -> "will not";
				case "sha" -> "shall not";
				case "ai" -> "is not";
				default -> base + " not";
			};
		}
		int apostrophe = shortened.lastIndexOf('\'');
		if (apostrophe > 0) {
			String base = shortened.substring(0, apostrophe);
			switch (shortened.substring(apostrophe)) {
				case "'re":
					return base + " are";
				case "'ve":
					return base + " have";
				case "'ll":
					return base + " will";
				case "'d":
					return base + " would";
				case "'m":
					return base + " am";
				case "'s":
					return base.equals("let") ? "let us" : IS_BEFORE_S.contains(base) ? base + " is" : shortened;
				default:
					return shortened;
			}
		}
		return shortened;
	}

	private static final Set<String> DANGLING = Set.of("a", "an", "the", "to", "of", "your", "ur", "my", "and", "but",
			"or", "so", "de", "del", "la", "el", "los", "las", "que", "en", "con", "por", "para", "y", "o", "un", "una",
			"tu", "mi", "al");

	private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

	private static final Set<String> IS_BEFORE_S = Set.of("it", "that", "there", "here", "what", "who", "he", "she",
			"where", "how", "everything", "nothing", "everyone", "everybody", "life", "this", "someone", "somebody",
			"something", "one", "why", "when", "today", "depression", "anxiety", "therapy", "burnout", "stress",
			"illness", "door", "time", "mind", "nobody", "attitude", "happiness", "gratitude", "mindset");

	/**
	 * Texting and contractions without an apostrophe, in both languages; none is a word
	 * of the other.
	 */
	private static final Map<String, String> SPELLED_OUT = Map.ofEntries(Map.entry("u", "you"), Map.entry("r", "are"),
			Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("gonna", "going to"),
			Map.entry("wanna", "want to"), Map.entry("gotta", "got to"), Map.entry("tryna", "trying to"),
			Map.entry("cuz", "because"), Map.entry("coz", "because"), Map.entry("bc", "because"),
			Map.entry("lmk", "let me know"), Map.entry("idk", "i do not know"), Map.entry("ppl", "people"),
			Map.entry("rn", "right now"), Map.entry("tbh", "to be honest"), Map.entry("im", "i am"),
			Map.entry("ive", "i have"), Map.entry("youre", "you are"), Map.entry("youve", "you have"),
			Map.entry("youll", "you will"), Map.entry("youd", "you would"), Map.entry("dont", "do not"),
			Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"), Map.entry("cant", "can not"),
			Map.entry("cannot", "can not"), Map.entry("wont", "will not"), Map.entry("isnt", "is not"),
			Map.entry("arent", "are not"), Map.entry("wasnt", "was not"), Map.entry("werent", "were not"),
			Map.entry("havent", "have not"), Map.entry("hasnt", "has not"), Map.entry("hadnt", "had not"),
			Map.entry("wouldnt", "would not"), Map.entry("shouldnt", "should not"), Map.entry("couldnt", "could not"),
			Map.entry("aint", "is not"), Map.entry("thats", "that is"), Map.entry("whats", "what is"),
			Map.entry("theres", "there is"), Map.entry("its", "it is"), Map.entry("lets", "let us"),
			Map.entry("c'mon", "come on"), Map.entry("cmon", "come on"), Map.entry("lemme", "let me"),
			Map.entry("gimme", "give me"), Map.entry("dunno", "do not know"), Map.entry("y'all", "you all"),
			Map.entry("shoulda", "should have"), Map.entry("woulda", "would have"), Map.entry("okay", "ok"),
			Map.entry("tho", "though"), Map.entry("wat", "what"), Map.entry("wot", "what"), Map.entry("luv", "love"),
			Map.entry("ure", "you are"), Map.entry("coulda", "could have"),
			// Spanish
			Map.entry("q", "que"), Map.entry("qe", "que"), Map.entry("ke", "que"), Map.entry("xq", "por que"),
			Map.entry("pq", "por que"), Map.entry("porq", "por que"), Map.entry("xk", "por que"),
			Map.entry("tb", "tambien"), Map.entry("tmb", "tambien"), Map.entry("tmbn", "tambien"),
			Map.entry("pa", "para"), Map.entry("porfa", "por favor"), Map.entry("xfa", "por favor"),
			Map.entry("plis", "por favor"), Map.entry("tkm", "te quiero mucho"), Map.entry("tqm", "te quiero mucho"),
			Map.entry("bn", "bien"), Map.entry("dsp", "despues"), Map.entry("xa", "para"), Map.entry("nd", "nada"),
			Map.entry("vdd", "verdad"), Map.entry("x", "por"), Map.entry("ntp", "no te preocupes"),
			Map.entry("aki", "aqui"), Map.entry("bno", "bueno"));

	/** Where a rule matched in the normalised text. */
	private record Span(int start, int end, Kind kind, Lang lang) {

		boolean overlaps(Span other) {
			return this.start < other.end && this.end > other.start;
		}

		/** Overlapping, or apart by no more than a comma and a space. */
		boolean touches(Span other, String text) {
			if (overlaps(other)) {
				return true;
			}
			int from = Math.min(this.end, other.end);
			int to = Math.max(this.start, other.start);
			return to - from <= 3 && text.substring(from, to).matches("[\\s,;:]*");
		}

		Span joined(Span other) {
			return new Span(Math.min(this.start, other.start), Math.max(this.end, other.end), this.kind, this.lang);
		}

	}

	/** One rule: what it flags ({@code null} for harmless words), in which language. */
	private record Rule(Kind kind, Lang lang, Pattern pattern) {
	}

	/**
	 * The rule table as read from its resource: the rules in order, and the two kinds of
	 * phrase that silence open offers and advice in the whole message.
	 */
	private record Table(List<Rule> rules, List<Pattern> specificOffer, List<Pattern> askedFor) {

		private static final Pattern PIECE = Pattern.compile("([A-Z_]+) = (.+)");

		/** A rule matches whole words: no letter just before it, none just after. */
		private static final String WORD_START = "(?<![\\p{L}\\p{N}'])";

		private static final String WORD_END = "(?![\\p{L}\\p{N}'])";

		private static final Pattern SECTION = Pattern.compile("\\[([a-zA-Z-]+)(?: (en|es|any))?\\]");

		static Table read(String resource) {
			List<String> lines;
			try (var in = MessageCoach.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("The message coach's rules are missing: " + resource);
				}
				lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			Map<String, String> pieces = new java.util.LinkedHashMap<>();
			List<Rule> rules = new ArrayList<>();
			List<Pattern> specificOffer = new ArrayList<>();
			List<Pattern> askedFor = new ArrayList<>();
			String section = null;
			Kind kind = null;
			Lang lang = null;
			for (String raw : lines) {
				String line = raw.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				Matcher piece = PIECE.matcher(line);
				Matcher header = SECTION.matcher(line);
				if (section == null && piece.matches()) {
					pieces.put(piece.group(1), expand(piece.group(2), pieces));
				}
				else if (header.matches()) {
					section = header.group(1);
					lang = (header.group(2) != null) ? Lang.valueOf(header.group(2).toUpperCase(java.util.Locale.ROOT))
							: Lang.ANY;
					kind = "safe".equals(section) || section.contains("-") ? null : Kind.of(section);
				}
				else {
					// A rule that opens on punctuation (", not…", "'s been…") cannot open
					// a word.
					String start = Character.isLetterOrDigit(line.charAt(0)) || "({\\".indexOf(line.charAt(0)) >= 0
							? WORD_START : "";
					Pattern pattern = Pattern.compile(start + "(?:" + expand(line, pieces) + ")" + WORD_END);
					switch (String.valueOf(section)) {
						case "specific-offer" -> specificOffer.add(pattern);
						case "asked-for" -> askedFor.add(pattern);
						case "null" -> throw new IllegalStateException("A coach rule before any section: " + line);
						default -> rules.add(new Rule(kind, lang, pattern));
					}
				}
			}
			return new Table(List.copyOf(rules), List.copyOf(specificOffer), List.copyOf(askedFor));
		}

		private static String expand(String rule, Map<String, String> pieces) {
			Matcher use = Pattern.compile("(?<![pP])\\{([A-Z_]+)\\}").matcher(rule);
			StringBuilder expanded = new StringBuilder();
			while (use.find()) {
				String piece = pieces.get(use.group(1));
				if (piece == null) {
					throw new IllegalStateException("A coach rule uses an unknown piece: " + use.group());
				}
				use.appendReplacement(expanded, Matcher.quoteReplacement(piece));
			}
			return use.appendTail(expanded).toString();
		}

	}

	private enum Lang {

		EN, ES, ANY;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** The normalised text and, per character, the span of the original it stands for. */
	record Folded(String text, List<int[]> spans) {

		Flag flag(String original, int start, int end, Kind kind, String language) {
			int from = this.spans.get(start)[0];
			int to = this.spans.get(end - 1)[1];
			String phrase = original.substring(from, to);
			int lead = 0;
			while (lead < phrase.length() && !Character.isLetterOrDigit(phrase.charAt(lead))) {
				lead++;
			}
			int tail = phrase.length();
			while (tail > lead && !Character.isLetterOrDigit(phrase.charAt(tail - 1))
					&& phrase.charAt(tail - 1) != '?') {
				tail--;
			}
			return new Flag(phrase.substring(lead, tail), kind, from + lead, language);
		}

	}

	/** What a flag is about. */
	public enum Kind {

		MINIMISING("minimising"), COMPARISON("comparison"), TOXIC_POSITIVITY("toxicPositivity"), DENYING("denying"),
		HURRYING("hurrying"), VAGUE_OFFER("vagueOffer"), UNASKED_ADVICE("unaskedAdvice"), BLAME("blame");

		private final String apiName;

		Kind(String apiName) {
			this.apiName = apiName;
		}

		public String apiName() {
			return this.apiName;
		}

		static Kind of(String apiName) {
			return java.util.Arrays.stream(values())
				.filter((kind) -> kind.apiName.equals(apiName))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No coach kind named " + apiName));
		}

	}

	/**
	 * A phrase worth a second look.
	 *
	 * @param phrase the phrase as written
	 * @param kind what it is
	 * @param at where it starts in the message
	 * @param language {@code en} or {@code es}: the language of the phrase, in which its
	 * suggestion should be written
	 */
	public record Flag(String phrase, Kind kind, int at, String language) {
	}

}
