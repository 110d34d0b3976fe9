package org.firststep.coach;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Looks at a supporter's message before it is sent and points at phrases that often land
 * badly with someone who is struggling, in English and Spanish:
 * <ul>
 * <li>{@code minimising}: "it could be worse", "at least…", "others have it worse", "get
 * over it", "no es para tanto";</li>
 * <li>{@code toxicPositivity}: "stay positive", "everything happens for a reason", "good
 * vibes only", "todo pasa por algo";</li>
 * <li>{@code vagueOffer}: "let me know if you need anything", "whatever you need",
 * "avísame si necesitas algo": offers that leave all the work to the person;</li>
 * <li>{@code unaskedAdvice}: "you should…", "have you tried…", "why don't you…",
 * "deberías…";</li>
 * <li>{@code blame}: "it's your fault", "you should have…", "you're too sensitive",
 * "exageras".</li>
 * </ul>
 * Matching ignores case, accents and the kind of apostrophe; each flag names the phrase
 * as written. Known limits: it reads phrases, not intent, so a quoted phrase or a kindly
 * meant "you should rest" is flagged too, and the suggestion says why it may land badly
 * rather than forbidding it. Advice the person asked for cannot be told apart.
 */
@Component
public class MessageCoach {

	private static final List<Rule> RULES = List.of(
			// Blame first: "you should have" is blame, not advice.
			rule(Kind.BLAME, "\\b(?:it'?s|its|that'?s|thats) (?:all )?your (?:own )?fault\\b",
					"\\byou brought (?:this|it) on yourself\\b", "\\byou should(?: have|'?ve| not have)\\b",
					"\\byou(?:'re| are) (?:being )?(?:too sensitive|(?:so |too )?dramatic|overreacting|lazy|selfish)\\b",
					"\\bwhy didn'?t you\\b", "\\byou (?:always|never) (?:do|say|make|get|let|think)\\b",
					"\\b(?:es|fue) (?:toda )?(?:culpa tuya|tu culpa)\\b", "\\btu te lo (?:has )?buscado\\b",
					"\\bte lo buscaste\\b", "\\b(?:deberias|tendrias que) haber\\w*", "\\bexageras\\b",
					"\\beres (?:muy |demasiado |un |una )?(?:sensible|dramatic[oa]|exagerad[oa]|vag[oa]|egoista)\\b",
					"\\bpor que no (?:lo )?hiciste\\b", "\\bsiempre (?:haces|dices|te pasa)\\b"),
			rule(Kind.MINIMISING, "\\b(?:it|things) could be worse\\b", "\\bat least\\b",
					"\\b(?:it'?s|its) not (?:that|so) bad\\b",
					"\\b(?:others|other people|some people) have it worse\\b", "\\bget over it\\b",
					"\\bsnap out of it\\b", "\\b(?:just )?calm down\\b", "\\beveryone (?:feels|gets) (?:like )?that\\b",
					"\\byou(?:'re| are) overthinking\\b", "\\bdon'?t (?:be|get) (?:so )?(?:sad|upset|down)\\b",
					"\\bit'?s (?:only|just) (?:a|in your)\\b", "\\bcheer up\\b", "\\bpodria ser peor\\b",
					"\\bal menos\\b", "\\bpor lo menos\\b", "\\bno es para tanto\\b",
					"\\bhay gente (?:que esta|peor)\\b", "\\bya se te pasara\\b",
					"\\b(?:le )?das demasiadas vueltas\\b", "\\ba todos nos pasa\\b", "\\banimate\\b",
					"\\bno (?:estes|te pongas) (?:asi|triste)\\b", "\\bsuperalo\\b"),
			rule(Kind.TOXIC_POSITIVITY, "\\b(?:stay|be|think) positive\\b", "\\blook on the bright side\\b",
					"\\beverything happens for a reason\\b", "\\bgood vibes only\\b", "\\bjust be happy\\b",
					"\\bchoose (?:to be )?happy(?:ness)?\\b", "\\bjust smile\\b",
					"\\bit'?ll all (?:be|work out) fine\\b", "\\bhappiness is a choice\\b", "\\bpiensa en positivo\\b",
					"\\bmira el lado (?:bueno|positivo)\\b", "\\btodo pasa por (?:algo|una razon)\\b",
					"\\bsolo (?:buenas )?(?:vibras|buena onda)\\b", "\\b(?:solo )?sonrie\\b",
					"\\bla felicidad es una decision\\b", "\\bse positiv[oa]\\b"),
			rule(Kind.VAGUE_OFFER,
					"\\b(?:let me know|tell me|call me|text me|ring me|message me) if (?:you|u) need (?:anything|something|me|help|a hand)\\b",
					"\\bif (?:you|u) need anything\\b", "\\banything (?:i|that i) can do\\b", "\\bwhatever you need\\b",
					"\\b(?:here|around) if (?:you|u) need (?:me|anything)\\b",
					"\\b(?:avisame|dime|llamame|escribeme) si necesitas (?:algo|cualquier cosa|ayuda)\\b",
					"\\bsi necesitas (?:algo|cualquier cosa)\\b", "\\bcualquier cosa (?:me dices|me avisas|avisa)\\b",
					"\\blo que necesites\\b"),
			rule(Kind.UNASKED_ADVICE, "\\byou (?:should|need to|have to|must|ought to)\\b", "\\bhave you tried\\b",
					"\\bwhy don'?t you\\b", "\\byou just need\\b", "\\bif i were you\\b",
					"\\bwhat you need (?:to do )?is\\b", "\\bdeberias\\b", "(?<!no )\\btienes que\\b",
					"\\b(?:has|habeis) probado\\b", "\\bpor que no (?:pruebas|haces|intentas|vas)\\b",
					"\\byo que tu\\b", "\\bsolo tienes que\\b", "\\blo que (?:tienes que hacer|necesitas) es\\b"));

	/** Every flag in a message, in the order they appear; one per phrase. */
	public List<Flag> check(String message) {
		if (message == null || message.isBlank()) {
			return List.of();
		}
		String folded = fold(message);
		List<Flag> flags = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		for (Rule rule : RULES) {
			for (Pattern pattern : rule.patterns()) {
				Matcher matcher = pattern.matcher(folded);
				while (matcher.find()) {
					int start = matcher.start();
					int end = matcher.end();
					if (taken.stream().noneMatch((span) -> start < span[1] && end > span[0])) {
						taken.add(new int[] { start, end });
						flags.add(new Flag(message.substring(start, end), rule.kind(), start));
					}
				}
			}
		}
		flags.sort(Comparator.comparingInt(Flag::at));
		return flags;
	}

	/**
	 * Lower case without accents, curly apostrophes made straight, one character for one,
	 * so that a match points at the same place in the message as written.
	 */
	static String fold(String text) {
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

	private static Rule rule(Kind kind, String... patterns) {
		return new Rule(kind, java.util.Arrays.stream(patterns).map(Pattern::compile).toList());
	}

	private record Rule(Kind kind, List<Pattern> patterns) {
	}

	/** What a flag is about. */
	public enum Kind {

		MINIMISING("minimising"), TOXIC_POSITIVITY("toxicPositivity"), VAGUE_OFFER("vagueOffer"),
		UNASKED_ADVICE("unaskedAdvice"), BLAME("blame");

		private final String apiName;

		Kind(String apiName) {
			this.apiName = apiName;
		}

		public String apiName() {
			return this.apiName;
		}

	}

	/**
	 * A phrase worth a second look.
	 *
	 * @param phrase the phrase as written
	 * @param kind what it is
	 * @param at where it starts in the message
	 */
	public record Flag(String phrase, Kind kind, int at) {
	}

}
