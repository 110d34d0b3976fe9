package org.firststep.safetynet;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

import org.springframework.stereotype.Component;

/**
 * Notices, in English and Spanish, writing that speaks of wanting to die, suicide or
 * self-harm, so that FirstStep can bring the crisis card and the safety plan forward. It
 * runs on every free-text save and at {@code POST /api/v1/safety/check}. It never blocks
 * anything and never tells anyone: it only answers yes or no.
 *
 * <p>
 * What it catches, in both languages:
 * <ul>
 * <li>explicit words: suicide, suicidal, killing oneself, ending or taking one's
 * life;</li>
 * <li>indirect wishes: wanting to die, to disappear for good, not to wake up, not to be
 * alive, no reason to live, tired of living, wishing never to have been born;</li>
 * <li>feeling a burden: others being better off or happier without the person, nobody
 * missing them;</li>
 * <li>self-harm: cutting, burning, hurting or hitting oneself, self-harm and
 * self-injury;</li>
 * <li>plans and means: jumping from a height or in front of a train, hanging, overdosing,
 * gathering pills, a gun to the head, goodbye notes, giving things away;</li>
 * <li>slang and veiled words: kms, kys, unalive, sewerslide, "commit die".</li>
 * </ul>
 * Case, accents, punctuation, apostrophes, stretched letters ("diiiie"), letters spelt
 * out one by one ("s u i c i d e") and digits standing for letters ("su1c1de") do not
 * hide a statement.
 *
 * <p>
 * Everyday idioms that can be told apart are removed before matching: "dying to see you",
 * "to die for", "die of embarrassment", "killing myself laughing", "me muero de hambre",
 * "me mato a estudiar", cutting or burning oneself while cooking or shaving, "Suicide
 * Squad". Where a phrase could be either ("kill me now", "I can't take it anymore", "no
 * puedo más"), it fires: a gentle panel shown by mistake costs little.
 *
 * <p>
 * Known limits: it reads words, not meaning. It misses statements phrased in ways its
 * patterns do not know, other languages, sarcasm and negation ("I would never kill
 * myself" fires), and talk about other people ("my friend said she wants to die" fires).
 * Misspellings beyond stretched letters ("sucide") slip through. It is a net under the
 * person, not an assessment of risk.
 */
@Component
public class CrisisLanguage {

	private static final CrisisRules RULES = CrisisRules.load("/safetynet/crisis-language-en.rules",
			"/safetynet/crisis-language-es.rules");

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

	/**
	 * What one text reaches, and the category of the rule that placed it there (null for
	 * {@code NONE}).
	 */
	static Finding assess(String text) {
		Finding concern = null;
		for (String sentence : TextNormalizer.sentences(TextNormalizer.normalize(text))) {
			Finding found = assessSentence(sentence);
			if (found.level() == SafetyLevel.CRISIS) {
				return found;
			}
			if (concern == null && found.level() == SafetyLevel.CONCERN) {
				concern = found;
			}
		}
		return (concern != null) ? concern : new Finding(SafetyLevel.NONE, null, null);
	}

	/** Each sentence of a text as the crisis rules see it, with masked words as {@code ~}. */
	static List<String> masked(String text) {
		return TextNormalizer.sentences(TextNormalizer.normalize(text))
			.stream()
			.map((sentence) -> mask(sentence, RULES.candidates(sentence), new Finding[1]))
			.toList();
	}

	private static Finding assessSentence(String sentence) {
		List<CrisisRules.Rule> rules = RULES.rules();
		BitSet candidates = RULES.candidates(sentence);
		Finding[] noted = new Finding[1];
		String masked = mask(sentence, candidates, noted);
		Finding concern = noted[0];
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
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

	/** Blanks what masks and noted rules match; the first noted rule lands in noted[0]. */
	private static String mask(String sentence, BitSet candidates, Finding[] noted) {
		List<CrisisRules.Rule> rules = RULES.rules();
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
