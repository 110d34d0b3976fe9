package org.firststep.safetynet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
 * <li>{@code @NAME = one | two words | {OTHER} three}: a concept, a list of
 * alternatives; an alternative may use concepts defined above it.</li>
 * <li>{@code crisis CATEGORY: pattern}, {@code concern CATEGORY: pattern}: what
 * raises the level.</li>
 * <li>{@code mask: pattern}: words that must not count (an idiom, a denial, talk about
 * the topic or about someone else), blanked before crisis and concern rules run.</li>
 * <li>{@code noted CATEGORY: pattern}: a concern that is then blanked like a mask (a
 * loss by suicide: concern, but never the writer's own crisis).</li>
 * </ul>
 * A pattern is words separated by one space, matched as whole words: {@code {NAME}} is any
 * alternative of a concept, {@code {NAME?}} one or none, {@code ..N} up to N words of any
 * kind within the sentence ({@code ..0}: none; {@code ..4x}: none of them "i", "me", "my"
 * or "myself"). Between gaps and concepts standing alone,
 * {@code |} separates whole phrases: {@code want to|wanna|need to}. A word may be a regular
 * expression such as {@code suicid\w*}.
 * A pattern may start with {@code ^} (at the start of a sentence) and end with
 * {@code $} (at its end). Patterns are written in plain spelling; runs of one letter are squeezed as the text is.
 *
 * <p>
 * Each rule is filed under the words that must appear for it to match (taken from one of
 * its required parts), so that a sentence is only tried against the rules its words can
 * satisfy: a long text costs a few lookups per word.
 */
final class CrisisRules {

	enum Kind {

		MASK, NOTED, CRISIS, CONCERN

	}

	record Rule(Kind kind, String category, Pattern pattern, String source) {
	}

	private static final Pattern CONCEPT_LINE = Pattern.compile("@([A-Z_0-9]+)\\s*=\\s*(.*)");

	private static final Pattern RULE_LINE = Pattern.compile("(mask|noted|crisis|concern)(?: ([a-z-]+))?:\\s*(.+)");

	private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z_0-9]+)(\\??)\\}");

	private static final Pattern GAP = Pattern.compile("\\.\\.(\\d+)(x?)");

	private static final Pattern LEADING_LETTERS = Pattern.compile("^[a-z]+");

	/** Words too common to file a rule under, when a rarer required part exists. */
	private static final Set<String> COMMON = Set.of("i", "me", "my", "to", "the", "a", "an", "and", "of", "it", "is",
			"am", "not", "do", "be", "that", "this", "was", "would", "wil", "have", "so", "just", "de", "la", "el",
			"que", "y", "en", "no", "lo", "se", "mi", "yo", "un", "una", "es", "por", "con", "al", "del", "le", "ya",
			"you", "for", "in", "on", "at", "if", "can", "could", "did");

	private final List<Rule> rules = new ArrayList<>();

	private final Map<String, int[]> byWord = new HashMap<>();

	private final Map<String, int[]> byPrefix = new HashMap<>();

	private final Set<Integer> everywhere = new LinkedHashSet<>();

	private final Map<String, List<List<String>>> concepts = new LinkedHashMap<>();

	private CrisisRules() {
	}

	static CrisisRules load(String... resources) {
		CrisisRules loaded = new CrisisRules();
		Map<Integer, Set<String>> words = new HashMap<>();
		Map<Integer, Set<String>> prefixes = new HashMap<>();
		for (String resource : resources) {
			loaded.concepts.clear();
			try (InputStream in = CrisisRules.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("No rules file " + resource);
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				String line;
				int number = 0;
				while ((line = reader.readLine()) != null) {
					number++;
					loaded.read(line.strip(), resource + ":" + number, words, prefixes);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		loaded.file(words, loaded.byWord);
		loaded.file(prefixes, loaded.byPrefix);
		return loaded;
	}

	List<Rule> rules() {
		return this.rules;
	}

	/**
	 * The rules a sentence's words can satisfy, in file order, as a bit set over
	 * {@link #rules()}.
	 */
	java.util.BitSet candidates(String[] words) {
		java.util.BitSet found = new java.util.BitSet(this.rules.size());
		for (int rule : this.everywhere) {
			found.set(rule);
		}
		for (String word : words) {
			mark(found, this.byWord.get(word));
			for (int length = 3; length <= Math.min(word.length(), 8); length++) {
				mark(found, this.byPrefix.get(word.substring(0, length)));
			}
		}
		return found;
	}

	private static void mark(java.util.BitSet found, int[] rules) {
		if (rules != null) {
			for (int rule : rules) {
				found.set(rule);
			}
		}
	}

	private void read(String line, String where, Map<Integer, Set<String>> words, Map<Integer, Set<String>> prefixes) {
		if (line.isEmpty() || line.startsWith("#")) {
			return;
		}
		Matcher concept = CONCEPT_LINE.matcher(line);
		if (concept.matches()) {
			List<List<String>> alternatives = new ArrayList<>();
			for (String alternative : concept.group(2).split("\\|")) {
				alternatives.add(tokens(TextNormalizer.squeeze(alternative.strip())));
			}
			this.concepts.put(concept.group(1), alternatives);
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
		try {
			pattern = Pattern.compile((start ? "^ " : " ") + sequence(tokens, where) + (end ? "(?= $)" : "(?= )"));
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException(where + ": " + ex.getMessage(), ex);
		}
		int index = this.rules.size();
		this.rules.add(new Rule(kind, rule.group(2), pattern, where));
		Set<String> anchor = anchor(tokens, where);
		if (anchor == null) {
			this.everywhere.add(index);
			return;
		}
		for (String word : anchor) {
			if (word.endsWith("*")) {
				prefixes.computeIfAbsent(index, (i) -> new LinkedHashSet<>()).add(word.substring(0, word.length() - 1));
			}
			else {
				words.computeIfAbsent(index, (i) -> new LinkedHashSet<>()).add(word);
			}
		}
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
				regex.append(segment.concept() == null ? "(?: [a-z0-9]+){0," : "(?: (?!(?:i|me|my|myself) )[a-z0-9]+){0,")
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
					regex.append("(?:");
					for (int p = 0; p < segment.phrases().size(); p++) {
						regex.append(p > 0 ? "|" : "").append(phrase(segment.phrases().get(p), where));
					}
					regex.append(')');
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
		List<List<String>> alternatives = this.concepts.get(name);
		if (alternatives == null) {
			throw new IllegalStateException(where + ": no concept @" + name + " above this line");
		}
		StringBuilder regex = new StringBuilder("(?:");
		for (int i = 0; i < alternatives.size(); i++) {
			regex.append(i > 0 ? "|" : "").append(sequence(alternatives.get(i), where));
		}
		return regex.append(')').toString();
	}

	/**
	 * Words (or prefixes, ending in {@code *}) of which one must be in a sentence for the
	 * pattern to match, from the required part with the fewest common words; null when
	 * no part can tell.
	 */
	private Set<String> anchor(List<String> tokens, String where) {
		Set<String> best = null;
		int bestCommon = Integer.MAX_VALUE;
		for (Segment segment : segments(tokens)) {
			if (!segment.required()) {
				continue;
			}
			Set<String> first = firstWords(List.of(segment));
			if (first == null) {
				continue;
			}
			int common = (int) first.stream().filter(COMMON::contains).count();
			if (common < bestCommon || (common == bestCommon && first.size() < best.size())) {
				best = first;
				bestCommon = common;
			}
		}
		return best;
	}

	/** The words a sequence of parts can start with; null when it could start with any. */
	private Set<String> firstWords(List<Segment> segments) {
		Set<String> words = new LinkedHashSet<>();
		for (Segment segment : segments) {
			if (segment.gap() >= 0) {
				continue;
			}
			if (segment.concept() != null) {
				if (!addConcept(words, segment.concept())) {
					return null;
				}
			}
			else {
				for (List<String> phrase : segment.phrases()) {
					Set<String> first = firstWordsOfPhrase(phrase);
					if (first == null) {
						return null;
					}
					words.addAll(first);
				}
			}
			if (!segment.optional()) {
				return words;
			}
		}
		return null;
	}

	private boolean addConcept(Set<String> words, String concept) {
		for (List<String> alternative : this.concepts.get(concept)) {
			Set<String> first = firstWords(segments(alternative));
			if (first == null) {
				return false;
			}
			words.addAll(first);
		}
		return true;
	}

	private Set<String> firstWordsOfPhrase(List<String> phrase) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : phrase) {
			Matcher reference = REFERENCE.matcher(word);
			if (reference.matches()) {
				if (!addConcept(words, reference.group(1))) {
					return null;
				}
				if (reference.group(2).isEmpty()) {
					return words;
				}
				continue;
			}
			String prefix = literalStart(word);
			if (prefix == null) {
				return null;
			}
			words.add(prefix);
			return words;
		}
		return null;
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

	private void file(Map<Integer, Set<String>> anchors, Map<String, int[]> index) {
		Map<String, List<Integer>> lists = new HashMap<>();
		anchors.forEach((rule, words) -> words.forEach((word) -> lists.computeIfAbsent(word, (w) -> new ArrayList<>())
			.add(rule)));
		lists.forEach((word, list) -> index.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
	}

}
