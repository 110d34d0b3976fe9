package org.firststep.safetynet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of the crisis net, read once from a rules file and compiled to patterns over
 * {@link TextNormalizer normalized} text.
 *
 * <p>
 * A rules file holds concepts and rules, one per line; {@code #} starts a comment.
 * <ul>
 * <li>{@code @NAME = one | two words | {OTHER} three}: a concept, a list of alternatives;
 * an alternative may use concepts defined above it.</li>
 * <li>{@code crisis CATEGORY: pattern}, {@code concern CATEGORY: pattern}: what raises
 * the level.</li>
 * <li>{@code mask: pattern}: words that must not count (an idiom, a denial, talk about
 * the topic or about someone else), blanked before crisis and concern rules run.</li>
 * <li>{@code noted CATEGORY: pattern}: a concern that is then blanked like a mask (a loss
 * by suicide: concern, but never the writer's own crisis).</li>
 * </ul>
 * A pattern is words separated by one space, matched as whole words: {@code {NAME}} is
 * any alternative of a concept, {@code {NAME?}} one or none, {@code ..N} up to N words of
 * any kind within the sentence ({@code ..0}: none; {@code ..4x}: within one clause, none
 * of them "i", "and", "but", "so", "because", "after", "when", "once", "then" or
 * "though"). Between gaps and concepts standing alone, {@code |} separates whole phrases:
 * {@code want to|wanna|need to}. A word may be a regular expression such as
 * {@code suicid\w*}. A pattern may start with {@code ^} (at the start of a sentence) and
 * end with {@code $} (at its end). Patterns are written in plain spelling; runs of one
 * letter are squeezed as the text is.
 *
 * <p>
 * Speed: a {@link RuleIndex} files each rule under the words that must appear for it to
 * match, so that a sentence is only tried against the rules its words allow; concepts
 * compile to a trie of their shared letters ({@link Alternation}); a rule is tried only
 * where one of its first words is; and masks run only when some rule matches the sentence
 * before them (masks only blank words, see {@link #live}).
 */
final class CrisisRules {

	enum Kind {

		MASK, NOTED, CRISIS, CONCERN

	}

	/**
	 * A rule.
	 *
	 * @param kind what a match does
	 * @param category the category it stands for, or null for masks
	 * @param pattern the compiled pattern
	 * @param source file and line
	 * @param beforeMasks a pattern that matches the sentence before masks wherever this
	 * one can match it after them: the pattern itself, or when it looks at words it does
	 * not match (a lookaround such as {@code (?!\\sen\\sserio)}, which a mask could turn
	 * from failing to passing), the pattern without its lookarounds
	 */
	record Rule(Kind kind, String category, Pattern pattern, String source, Pattern beforeMasks) {
	}

	/**
	 * Before each word of a gap that stays in one clause: it is not a clause's first
	 * word.
	 */
	private static final String CLAUSE_WORD = "(?!(?:i|and|but|so|because|after|when|once|then|though|y|pero|porque|cuando|aunque|pienso|entonces) )";

	private static final Pattern CONCEPT_LINE = Pattern.compile("@([A-Z_0-9]+)\\s*=\\s*(.*)");

	private static final Pattern RULE_LINE = Pattern.compile("(mask|noted|crisis|concern)(?: ([a-z-]+))?:\\s*(.+)");

	private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z_0-9]+)(\\??)\\}");

	private static final Pattern GAP = Pattern.compile("\\.\\.(\\d+)(x?)");

	private static final Pattern LEADING_LETTERS = Pattern.compile("^[a-z]+");

	/**
	 * Words too common to file a rule under, when a rarer required part exists (squeezed,
	 * as the text is).
	 */
	private static final Set<String> COMMON = Set.of("i", "me", "my", "to", "the", "a", "an", "and", "of", "it", "is",
			"am", "are", "was", "be", "ben", "have", "had", "do", "does", "not", "wil", "would", "can", "could",
			"should", "just", "so", "realy", "al", "get", "got", "going", "go", "know", "think", "fel", "like", "want",
			"ned", "time", "day", "today", "now", "stil", "even", "ever", "never", "always", "what", "when", "how",
			"why", "who", "there", "here", "out", "up", "down", "over", "about", "again", "more", "much", "very",
			"some", "any", "every", "one", "two", "back", "only", "also", "then", "than", "they", "them", "their",
			"she", "he", "her", "his", "we", "our", "us", "people", "everyone", "you", "for", "in", "on", "at", "if",
			"did", "that", "this", "with", "from", "but", "or", "as", "by", "no", "yes", "de", "la", "el", "que", "y",
			"en", "lo", "se", "mi", "yo", "un", "una", "es", "por", "con", "del", "le", "ya", "o", "u", "los", "las",
			"su", "sus", "te", "nos", "mas", "muy", "pero", "como", "cuando", "porque", "todo", "todos", "esto", "eso",
			"esta", "este", "estoy", "estar", "ser", "soy", "hay", "tengo", "tiene", "voy", "va", "hacer", "hago",
			"quiero", "puedo", "siento", "pienso", "vez", "dia", "nada", "algo", "bien", "mal", "asi", "solo", "sin",
			"sobre", "para", "entre", "hasta", "desde", "mis", "tu", "tus", "si", "ni");

	private final List<Rule> rules = new ArrayList<>();

	/** For each rule, the words it is filed under, or null to try it everywhere. */
	private final List<Set<String>> anchors = new ArrayList<>();

	/** For each rule, the words its matches start with, or null when not known. */
	private final List<Set<String>> starts = new ArrayList<>();

	/** For each rule, its required parts, for the {@link RuleIndex}. */
	private final List<List<Set<Set<String>>>> requires = new ArrayList<>();

	private RuleIndex index;

	private int longestMatch;

	private final Map<String, List<List<String>>> concepts = new LinkedHashMap<>();

	/** Each concept of the file being read, as a regular expression, once built. */
	private final Map<String, String> conceptRegexes = new java.util.HashMap<>();

	/** For each rules file, in the order loaded, the rules it holds. */
	private final List<java.util.BitSet> byFile = new ArrayList<>();

	private CrisisRules() {
	}

	static CrisisRules load(String... resources) {
		CrisisRules loaded = new CrisisRules();
		for (String resource : resources) {
			loaded.concepts.clear();
			loaded.conceptRegexes.clear();
			int first = loaded.rules.size();
			try (InputStream in = CrisisRules.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("No rules file " + resource);
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				String line;
				int number = 0;
				while ((line = reader.readLine()) != null) {
					number++;
					loaded.read(line.strip(), resource + ":" + number);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			java.util.BitSet file = new java.util.BitSet();
			file.set(first, loaded.rules.size());
			loaded.byFile.add(file);
		}
		loaded.index = new RuleIndex(loaded.anchors, loaded.requires, loaded.starts);
		return loaded;
	}

	List<Rule> rules() {
		return this.rules;
	}

	/** The rules of these files (by their order when loaded). */
	java.util.BitSet files(boolean... wanted) {
		java.util.BitSet rules = new java.util.BitSet(this.rules.size());
		for (int i = 0; i < wanted.length; i++) {
			if (wanted[i]) {
				rules.or(this.byFile.get(i));
			}
		}
		return rules;
	}

	/**
	 * The rules, among those allowed, that a sentence's words allow, in file order, as a
	 * bit set over {@link #rules()}.
	 */
	java.util.BitSet candidates(String sentence, java.util.BitSet allowed) {
		return this.index.read(sentence, allowed).candidates();
	}

	/**
	 * The rules, among those allowed, that a sentence's words allow and that can match it
	 * after masks, because {@link Rule#beforeMasks()} matches it before them: a mask only
	 * blanks words, which no pattern matches, so a pattern without lookarounds that does
	 * not match the sentence cannot match it masked. A rule whose first words are known
	 * is tried only where one of them is, not at every word.
	 */
	java.util.BitSet live(String sentence, java.util.BitSet allowed) {
		RuleIndex.Reading reading = this.index.read(sentence, allowed);
		java.util.BitSet candidates = reading.candidates();
		java.util.BitSet live = new java.util.BitSet();
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			Rule rule = this.rules.get(i);
			if (this.index.startsUnknown(i) && rule.beforeMasks().matcher(sentence).find()) {
				live.set(i);
			}
		}
		Map<Integer, Matcher> matchers = new java.util.HashMap<>();
		for (int k = 0; k < reading.occurrences(); k++) {
			for (int i : this.index.rulesStartingWith(reading.atoms()[k])) {
				if (candidates.get(i) && !live.get(i)) {
					Matcher matcher = matchers.computeIfAbsent(i,
							(rule) -> this.rules.get(rule).beforeMasks().matcher(sentence).useAnchoringBounds(false));
					if (matcher.region(reading.places()[k], sentence.length()).lookingAt()) {
						live.set(i);
					}
				}
			}
		}
		return live;
	}

	private void read(String line, String where) {
		if (line.isEmpty() || line.startsWith("#")) {
			return;
		}
		Matcher concept = CONCEPT_LINE.matcher(line);
		if (concept.matches()) {
			List<List<String>> alternatives = new ArrayList<>();
			for (String alternative : concept.group(2).split("\\|")) {
				alternatives.add(tokens(TextNormalizer.squeeze(alternative.strip())));
			}
			if (this.concepts.put(concept.group(1), alternatives) != null) {
				throw new IllegalStateException(where + ": @" + concept.group(1) + " is defined twice");
			}
			return;
		}
		Matcher rule = RULE_LINE.matcher(line);
		if (!rule.matches()) {
			throw new IllegalStateException(where + ": not a concept or a rule: " + line);
		}
		Kind kind = Kind.valueOf(rule.group(1).toUpperCase(java.util.Locale.ROOT));
		List<String> tokens = tokens(TextNormalizer.squeeze(rule.group(3).strip()));
		boolean start = tokens.get(0).equals("^");
		boolean end = tokens.get(tokens.size() - 1).equals("$");
		tokens = tokens.subList(start ? 1 : 0, tokens.size() - (end ? 1 : 0));
		Pattern pattern;
		Pattern beforeMasks;
		String sequence = sequence(tokens, where);
		String wide = withoutLookarounds(sequence);
		try {
			pattern = Pattern.compile((start ? "^ " : " ") + sequence + (end ? "(?= $)" : "(?= )"));
			beforeMasks = wide.equals(sequence) ? pattern
					: Pattern.compile((start ? "^ " : " ") + wide + (end ? "(?= $)" : "(?= )"));
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException(where + ": " + ex.getMessage(), ex);
		}
		this.rules.add(new Rule(kind, rule.group(2), pattern, where, beforeMasks));
		this.longestMatch = Math.max(this.longestMatch, span(segments(tokens)));
		this.anchors.add(bestKey(segments(tokens)));
		this.starts.add(starts(tokens));
		this.requires.add(requires(tokens));
	}

	/**
	 * The most words any rule's match can cover, counting the words a lookahead such as
	 * {@code (?!\\sen\\sserio)} reads after it; a lookahead to the end of the sentence
	 * ({@code .*}) is not counted.
	 */
	int longestMatch() {
		return this.longestMatch;
	}

	/** The most words a match of these parts covers. */
	private int span(List<Segment> segments) {
		int words = 0;
		for (Segment segment : segments) {
			if (segment.gap() >= 0) {
				words += segment.gap();
			}
			else if (segment.concept() != null) {
				words += conceptSpan(segment.concept());
			}
			else {
				int longest = 0;
				for (List<String> phrase : segment.phrases()) {
					int length = 0;
					for (String word : phrase) {
						Matcher reference = REFERENCE.matcher(word);
						length += reference.matches() ? conceptSpan(reference.group(1)) : 1 + wordsReadAhead(word);
					}
					longest = Math.max(longest, length);
				}
				words += longest;
			}
		}
		return words;
	}

	/** The most words one lookaround of a word reads beyond it ({@code \\s} each). */
	private static int wordsReadAhead(String word) {
		int most = 0;
		for (String lookaround : word.split("\\(\\?")) {
			most = Math.max(most, lookaround.split("\\\\s", -1).length - 1);
		}
		return most;
	}

	private int conceptSpan(String name) {
		int longest = 0;
		for (List<String> alternative : this.concepts.get(name)) {
			longest = Math.max(longest, span(segments(alternative)));
		}
		return longest;
	}

	/**
	 * A regular expression without the lookarounds written in the rules (the one that
	 * keeps a gap inside a clause reads only the word it is at, and stays).
	 */
	static String withoutLookarounds(String regex) {
		String kept = regex.replace(CLAUSE_WORD, "\u0000");
		StringBuilder wide = new StringBuilder(kept.length());
		for (int i = 0; i < kept.length(); i++) {
			if (kept.startsWith("(?=", i) || kept.startsWith("(?!", i) || kept.startsWith("(?<=", i)
					|| kept.startsWith("(?<!", i)) {
				int depth = 0;
				for (; i < kept.length(); i++) {
					char c = kept.charAt(i);
					if (c == '\\') {
						i++;
					}
					else if (c == '(') {
						depth++;
					}
					else if (c == ')' && --depth == 0) {
						break;
					}
				}
				continue;
			}
			wide.append(kept.charAt(i));
		}
		return wide.toString().replace("\u0000", CLAUSE_WORD);
	}

	/** A pattern's tokens: words, {@code {NAME}}, {@code {NAME?}}, {@code ..N}. */
	private static List<String> tokens(String source) {
		return List.of(source.split(" +"));
	}

	/**
	 * A part of a pattern: a gap, a concept standing alone (optional or not), or phrases
	 * of which one must match.
	 */
	private record Segment(int gap, String concept, boolean optional, List<List<String>> phrases) {

		boolean required() {
			return this.gap < 0 && !this.optional;
		}

	}

	/**
	 * Splits tokens at gaps and at concepts standing alone; between them, {@code |}
	 * separates whole phrases.
	 */
	private static List<Segment> segments(List<String> tokens) {
		List<Segment> segments = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (String token : tokens) {
			Matcher gap = GAP.matcher(token);
			Matcher reference = REFERENCE.matcher(token);
			if (gap.matches() || reference.matches()) {
				addPhrases(segments, words);
				segments.add(gap.matches()
						? new Segment(Integer.parseInt(gap.group(1)), gap.group(2).isEmpty() ? null : "x", false, null)
						: new Segment(-1, reference.group(1), !reference.group(2).isEmpty(), null));
			}
			else {
				words.add(token);
			}
		}
		addPhrases(segments, words);
		return segments;
	}

	private static void addPhrases(List<Segment> segments, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		List<List<String>> phrases = new ArrayList<>();
		for (String phrase : String.join(" ", words).split("\\|")) {
			phrases.add(tokens(phrase.strip()));
		}
		segments.add(new Segment(-1, null, false, phrases));
		words.clear();
	}

	/** The regular expression for a token sequence, each part after one space. */
	private String sequence(List<String> tokens, String where) {
		List<Segment> segments = segments(tokens);
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			if (i == 0 && !segment.required()) {
				throw new IllegalStateException(where + ": a pattern cannot start with a gap or an optional concept");
			}
			if (segment.gap() >= 0) {
				regex.append(segment.concept() == null ? "(?: [a-z0-9]+){0," : "(?: " + CLAUSE_WORD + "[a-z0-9]+){0,")
					.append(segment.gap())
					.append('}');
			}
			else if (segment.optional()) {
				regex.append("(?: ").append(concept(segment.concept(), where)).append(")?");
			}
			else {
				regex.append(i > 0 ? " " : "");
				if (segment.concept() != null) {
					regex.append(concept(segment.concept(), where));
				}
				else {
					List<String> phrases = new ArrayList<>();
					segment.phrases().forEach((phrase) -> phrases.add(phrase(phrase, where)));
					regex.append(Alternation.of(phrases));
				}
			}
		}
		return regex.toString();
	}

	private String phrase(List<String> words, String where) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			Matcher reference = REFERENCE.matcher(words.get(i));
			boolean optional = reference.matches() && !reference.group(2).isEmpty();
			if (optional && i == 0) {
				throw new IllegalStateException(where + ": a phrase cannot start with an optional concept");
			}
			if (optional) {
				regex.append("(?: ").append(concept(reference.group(1), where)).append(")?");
				continue;
			}
			regex.append(i > 0 ? " " : "");
			regex.append(reference.matches() ? concept(reference.group(1), where) : words.get(i));
		}
		return regex.toString();
	}

	private String concept(String name, String where) {
		String compiled = this.conceptRegexes.get(name);
		if (compiled != null) {
			return compiled;
		}
		List<List<String>> alternatives = this.concepts.get(name);
		if (alternatives == null) {
			throw new IllegalStateException(where + ": no concept @" + name + " above this line");
		}
		List<String> regexes = new ArrayList<>();
		alternatives.forEach((alternative) -> regexes.add(sequence(alternative, where)));
		compiled = Alternation.of(regexes);
		this.conceptRegexes.put(name, compiled);
		return compiled;
	}

	/**
	 * The words (or prefixes, ending in {@code *}) one of which every match of these
	 * tokens starts with; null when a match could start with other words.
	 */
	private Set<String> starts(List<String> tokens) {
		Segment first = segments(tokens).get(0);
		if (first.concept() != null) {
			return conceptStarts(first.concept());
		}
		Set<String> starts = new LinkedHashSet<>();
		for (List<String> phrase : first.phrases()) {
			Matcher reference = REFERENCE.matcher(phrase.get(0));
			String literal = reference.matches() ? null : literalStart(phrase.get(0));
			Set<String> some = reference.matches() ? conceptStarts(reference.group(1))
					: (literal != null) ? Set.of(literal) : null;
			if (some == null) {
				return null;
			}
			starts.addAll(some);
		}
		return starts;
	}

	private Set<String> conceptStarts(String name) {
		Set<String> starts = new LinkedHashSet<>();
		for (List<String> alternative : this.concepts.get(name)) {
			Set<String> some = starts(alternative);
			if (some == null) {
				return null;
			}
			starts.addAll(some);
		}
		return starts;
	}

	/**
	 * For each required part whose words are known, its alternatives: for phrases, all
	 * the literal words of each phrase; for a concept, each of its key words.
	 */
	private List<Set<Set<String>>> requires(List<String> tokens) {
		List<Set<Set<String>>> requires = new ArrayList<>();
		for (Segment segment : segments(tokens)) {
			if (!segment.required()) {
				continue;
			}
			List<Set<String>> alternatives = new ArrayList<>();
			if (segment.phrases() != null) {
				for (List<String> phrase : segment.phrases()) {
					Set<String> literals = new LinkedHashSet<>();
					for (String word : phrase) {
						String literal = REFERENCE.matcher(word).matches() ? null : literalStart(word);
						if (literal != null) {
							literals.add(literal);
						}
					}
					if (literals.isEmpty()) {
						alternatives = null;
						break;
					}
					alternatives.add(Set.copyOf(literals));
				}
			}
			if (segment.phrases() == null) {
				alternatives = conceptAlternatives(segment.concept());
			}
			if (alternatives == null) {
				continue;
			}
			requires.add(Set.copyOf(alternatives));
		}
		return List.copyOf(requires);
	}

	/**
	 * For each alternative of a concept, the literal words its single phrases all need,
	 * or else each of its key words; null when an alternative could match anything.
	 */
	private List<Set<String>> conceptAlternatives(String concept) {
		List<Set<String>> alternatives = new ArrayList<>();
		for (List<String> alternative : this.concepts.get(concept)) {
			Set<String> literals = new LinkedHashSet<>();
			for (Segment part : segments(alternative)) {
				if (part.required() && part.phrases() != null && part.phrases().size() == 1) {
					for (String word : part.phrases().get(0)) {
						String literal = REFERENCE.matcher(word).matches() ? null : literalStart(word);
						if (literal != null) {
							literals.add(literal);
						}
					}
				}
			}
			if (!literals.isEmpty()) {
				alternatives.add(Set.copyOf(literals));
				continue;
			}
			Set<String> key = bestKey(segments(alternative));
			if (key == null) {
				return null;
			}
			key.forEach((word) -> alternatives.add(Set.of(word)));
		}
		return alternatives;
	}

	/**
	 * Words (or prefixes, ending in {@code *}) of which one must be in a sentence for the
	 * parts to match, from the required part with the fewest common words; null when no
	 * part can tell.
	 */
	private Set<String> bestKey(List<Segment> segments) {
		Set<String> best = null;
		int bestScore = Integer.MAX_VALUE;
		for (Segment segment : segments) {
			if (!segment.required()) {
				continue;
			}
			Set<String> key = keyWords(segment);
			if (key == null) {
				continue;
			}
			int score = 1000 * (int) key.stream().filter(COMMON::contains).count() + key.size();
			if (score < bestScore) {
				best = key;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * The words one of which any match of this part contains: for a concept, the key
	 * words of each alternative; for phrases, the rarest word of each phrase.
	 */
	private Set<String> keyWords(Segment segment) {
		Set<String> words = new LinkedHashSet<>();
		if (segment.concept() != null) {
			for (List<String> alternative : this.concepts.get(segment.concept())) {
				Set<String> key = bestKey(segments(alternative));
				if (key == null) {
					return null;
				}
				words.addAll(key);
			}
			return words;
		}
		for (List<String> phrase : segment.phrases()) {
			String key = phraseKey(phrase);
			if (key != null) {
				words.add(key);
				continue;
			}
			Set<String> viaConcept = null;
			for (String word : phrase) {
				Matcher reference = REFERENCE.matcher(word);
				if (viaConcept == null && reference.matches() && reference.group(2).isEmpty()) {
					viaConcept = keyWords(new Segment(-1, reference.group(1), false, null));
				}
			}
			if (viaConcept == null) {
				return null;
			}
			words.addAll(viaConcept);
		}
		return words;
	}

	/** The phrase's rarest literal word: not a common one, and the longest. */
	private static String phraseKey(List<String> phrase) {
		String best = null;
		for (String word : phrase) {
			if (REFERENCE.matcher(word).matches()) {
				continue;
			}
			String literal = literalStart(word);
			if (literal != null && (best == null || rarer(literal, best))) {
				best = literal;
			}
		}
		return best;
	}

	private static boolean rarer(String word, String than) {
		boolean common = COMMON.contains(word);
		if (common != COMMON.contains(than)) {
			return !common;
		}
		return word.replace("*", "").length() > than.replace("*", "").length();
	}

	/** The word itself, or the letters every match of it starts with followed by *. */
	private static String literalStart(String word) {
		if (word.matches("[a-z0-9]+")) {
			return word;
		}
		Matcher letters = LEADING_LETTERS.matcher(word);
		if (!letters.find()) {
			return null;
		}
		String prefix = letters.group();
		if (letters.end() < word.length() && "?*{".indexOf(word.charAt(letters.end())) >= 0) {
			prefix = prefix.substring(0, prefix.length() - 1);
		}
		return (prefix.length() < 3) ? null : prefix.substring(0, Math.min(prefix.length(), 8)) + "*";
	}

}
