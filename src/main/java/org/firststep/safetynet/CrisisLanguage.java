package org.firststep.safetynet;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Notices, in English and Spanish, writing that speaks of suicide, of wanting to be dead
 * or of self-harm ({@link SafetyLevel#CRISIS}), or that carries a strong risk signal
 * without such an idea ({@link SafetyLevel#CONCERN}), so that FirstStep can bring the
 * crisis card, or a small note, forward. It runs on every free-text save and at
 * {@code POST /api/v1/safety/check}. It never blocks anything and never tells anyone.
 *
 * <p>
 * <b>Design.</b> The rules live in {@code safetynet/crisis-language-en.rules} and
 * {@code -es.rules}, organised by the categories of the Columbia Suicide Severity Rating
 * Scale: wish to be dead, active thoughts, method, intent, plan or time, preparatory
 * acts, aborted, interrupted and actual attempts, non-suicidal self-injury, and the risk
 * signals around them (a burden with the idea of being gone, entrapment with death as the
 * way out, hopelessness about living itself, ending the pain for good). Rules combine
 * concepts rather than list sentences: a first-person subject, a wish or preference
 * ("want", "rather", "would not mind", "preferiría", "ojalá"), a death, ending, absence
 * or harm ("be dead", "not wake up", "not be here", "quitarme la vida"), a means, a time
 * or a plan, with gaps of a few words between them inside one sentence. Before matching,
 * the text is {@link TextNormalizer normalised}: case, accents, apostrophes, contractions
 * and texting ("im", "wanna", "q", "toy"), stretched letters, digits for letters,
 * spelt-out letters and one-letter misspellings of key words are brought back to one
 * spelling. Masks then blank what must not count: idioms ("dying to see you", "me muero
 * de risa"), talk about the topic (training, research, news, a film, a book, a game),
 * clear denials ("I would never kill myself") and other people ("my friend said she wants
 * to die"); a loss by suicide of someone close is noted as {@code CONCERN} and blanked.
 * Burden, entrapment or hopelessness alone is {@code CONCERN}; with any idea of death or
 * absence it is {@code CRISIS}. Where a phrase could be either, the rules choose crisis.
 *
 * <p>
 * <b>Measured.</b> {@code CrisisCorpusTests} runs the corpus under
 * {@code src/test/resources/safetynet/corpus}, written before these rules, and prints
 * recall per category and language; blind sets written by others were run once untuned
 * before joining it (their figures are in the commit history and the README).
 *
 * <p>
 * <b>Speed.</b> Under a millisecond for a 4,000-character text on one core in the usual
 * cases ({@code bench/text.sh}, figures in {@code bench/RESULTS.md}); a long text with no
 * stops is read in {@link #windows overlapping windows} so that it costs about what the
 * same text with stops does.
 *
 * <p>
 * <b>Limits.</b> It reads words, not meaning. It misses ideas worded in ways no concept
 * covers, other languages, sarcasm, and statements spread over several sentences that
 * only together speak of death. Quoted speech, irony and third-person talk are only
 * partly told apart, and a denial it does not recognise still fires. It is a net under
 * the person, never an assessment of risk.
 */
public class CrisisLanguage {

	/**
	 * Starts reading and compiling the rules (about half a second) beside the
	 * application's start rather than in its way; a first check before they are ready
	 * waits for them.
	 */
	public CrisisLanguage() {
		Thread.ofVirtual().name("crisis-rules").start(Rules::ready);
	}

	/** The strongest level any of these texts reaches. */
	public SafetyLevel level(String... texts) {
		SafetyLevel level = SafetyLevel.NONE;
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				level = level.max(assess(text).level());
				if (level == SafetyLevel.CRISIS) {
					break;
				}
			}
		}
		return level;
	}

	/** Whether any of these texts reaches a level above {@code NONE}. */
	public boolean concerns(String... texts) {
		return level(texts).raised();
	}

	/** The rules, read once, when first needed. */
	private static final class Rules {

		static final CrisisRules LOADED = CrisisRules.load("/safetynet/crisis-language-en.rules",
				"/safetynet/crisis-language-es.rules");

		static void ready() {
			LOADED.rules();
		}

	}

	/**
	 * What one text reaches, and the category of the rule that placed it there (null for
	 * {@code NONE}).
	 */
	static Finding assess(String text) {
		Finding concern = null;
		String normal = TextNormalizer.normalize(text);
		BitSet allowed = Rules.LOADED.files(Languages.of(normal));
		for (String sentence : TextNormalizer.sentences(normal)) {
			for (String window : windows(sentence, Rules.LOADED.longestMatch())) {
				Finding found = assessSentence(window, allowed);
				if (found.level() == SafetyLevel.CRISIS) {
					return found;
				}
				if (concern == null && found.level() == SafetyLevel.CONCERN) {
					concern = found;
				}
			}
		}
		return (concern != null) ? concern : new Finding(SafetyLevel.NONE, null, null);
	}

	/**
	 * Each sentence of a text as the crisis rules see it, with masked words as {@code ~}.
	 */
	static List<String> masked(String text) {
		return TextNormalizer.sentences(TextNormalizer.normalize(text))
			.stream()
			.map((sentence) -> mask(sentence, Rules.LOADED.candidates(sentence, Rules.LOADED.files(true, true)),
					new Finding[1]))
			.toList();
	}

	/**
	 * A sentence, or when it is longer than twice the longest match a rule can make (a
	 * long text written without stops), overlapping windows of that length, each starting
	 * one longest match after the one before, so that every match lies whole in one of
	 * them and costs what a short sentence does. A window that does not reach the
	 * sentence's start or end is marked there ({@code ~}) so that rules anchored to it do
	 * not take the window's edge for it. A mask cut by a window's edge does not apply in
	 * that window: the rare mistake that can make is a crisis card shown, not a crisis
	 * missed.
	 */
	static List<String> windows(String sentence, int longestMatch) {
		String[] words = sentence.strip().split(" ");
		int size = 2 * longestMatch;
		if (words.length <= size) {
			return List.of(sentence);
		}
		List<String> windows = new java.util.ArrayList<>();
		for (int start = 0;; start += longestMatch) {
			int end = Math.min(words.length, start + size);
			StringBuilder window = new StringBuilder((start > 0) ? " ~ " : " ");
			for (int i = start; i < end; i++) {
				window.append(words[i]).append(' ');
			}
			windows.add((end < words.length) ? window.append("~ ").toString() : window.toString());
			if (end == words.length) {
				return windows;
			}
		}
	}

	private static Finding assessSentence(String sentence, BitSet allowed) {
		List<CrisisRules.Rule> rules = Rules.LOADED.rules();
		// Masks only take matches away, so the rules that cannot match the sentence as it
		// is are done with before any mask runs; most sentences end here.
		BitSet live = Rules.LOADED.live(sentence, allowed);
		boolean raised = false;
		for (int i = live.nextSetBit(0); i >= 0 && !raised; i = live.nextSetBit(i + 1)) {
			raised = rules.get(i).kind() != CrisisRules.Kind.MASK;
		}
		if (!raised) {
			return new Finding(SafetyLevel.NONE, null, null);
		}
		Finding[] notedFinding = new Finding[1];
		String masked = mask(sentence, live, notedFinding);
		Finding concern = notedFinding[0];
		for (int i = live.nextSetBit(0); i >= 0; i = live.nextSetBit(i + 1)) {
			CrisisRules.Rule rule = rules.get(i);
			if (rule.kind() == CrisisRules.Kind.CRISIS && rule.pattern().matcher(masked).find()) {
				return new Finding(SafetyLevel.CRISIS, rule.category(), rule.source());
			}
			if (concern == null && rule.kind() == CrisisRules.Kind.CONCERN && rule.pattern().matcher(masked).find()) {
				concern = new Finding(SafetyLevel.CONCERN, rule.category(), rule.source());
			}
		}
		return (concern != null) ? concern : new Finding(SafetyLevel.NONE, null, null);
	}

	/**
	 * Blanks what masks and noted rules match; the first noted rule lands in noted[0].
	 */
	private static String mask(String sentence, BitSet candidates, Finding[] noted) {
		List<CrisisRules.Rule> rules = Rules.LOADED.rules();
		String masked = sentence;
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			CrisisRules.Rule rule = rules.get(i);
			if (rule.kind() == CrisisRules.Kind.MASK || rule.kind() == CrisisRules.Kind.NOTED) {
				Matcher matcher = rule.pattern().matcher(masked);
				if (matcher.find()) {
					if (rule.kind() == CrisisRules.Kind.NOTED && noted[0] == null) {
						noted[0] = new Finding(SafetyLevel.CONCERN, rule.category(), rule.source());
					}
					masked = matcher.replaceAll(" ~");
				}
			}
		}
		return masked;
	}

	/**
	 * What a text reaches.
	 *
	 * @param level the level
	 * @param category the category of the rule that matched, as in the rules files
	 * @param rule where that rule is, file and line
	 */
	record Finding(SafetyLevel level, String category, String rule) {
	}

}
