package org.firststep.safetynet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts that make the crisis net fast change what it costs, never what it finds: the
 * trie of alternatives, the patterns widened to run before masks, and the windows over a
 * long text without stops.
 */
class CrisisRulesSpeedPartsTests {

	@Test
	void alternativesShareTheLettersTheyStartWith() {
		assertThat(Alternation.of(List.of("my friend", "my mum", "a friend")))
			.isEqualTo("(?:my (?:friend|mum)|a friend)");
		assertThat(Alternation.of(List.of("one"))).isEqualTo("one");
	}

	@Test
	void theTrieMatchesExactlyWhatTheFlatListMatches() {
		List<String> alternatives = List.of("friends?", "friend", "fr\\w*", "my friend", "my mum", "mum", "mu",
				"a (?:friend|mate)", "ab?c", "(?:i|me) too", "me", "");
		Pattern flat = Pattern.compile(" (?:" + String.join("|", alternatives) + ")(?= )");
		Pattern trie = Pattern.compile(" " + Alternation.of(alternatives) + "(?= )");
		List<String> words = List.of("friend", "friends", "frog", "my", "mum", "mu", "a", "mate", "ac", "abc", "bc",
				"i", "me", "too", "x");
		for (String first : words) {
			for (String second : words) {
				String text = " " + first + " " + second + " ";
				assertThat(trie.matcher(text).find()).as(text).isEqualTo(flat.matcher(text).find());
				assertThat(trie.matcher(text).lookingAt()).as(text).isEqualTo(flat.matcher(text).lookingAt());
			}
		}
	}

	@Test
	void widenedPatternsLoseTheirOwnLookaroundsButKeepTheClauseGap() {
		String clauseGap = "(?: (?!(?:i|and|but|so|because|after|when|once|then|though|y|pero|porque|cuando|aunque|pienso|entonces) )[a-z0-9]+){0,3}";
		assertThat(CrisisRules.withoutLookarounds("seguir(?!\\scon\\s)(?!\\s(?:en|a)\\s) vivir"))
			.isEqualTo("seguir vivir");
		assertThat(CrisisRules.withoutLookarounds("plancha(?!.*proposito)" + clauseGap + " mano"))
			.isEqualTo("plancha" + clauseGap + " mano");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "I want to kill myself", "Quiero quitarme la vida" })
	void findsACrisisStatementAtAnyPlaceInALongTextWithoutStops(String statement) {
		boolean spanish = statement.startsWith("Quiero");
		// No negation in the filler: cut anywhere, "sin ganas de" before the statement
		// would read as the denial it is.
		String filler = spanish ? "hoy fue un dia largo en el trabajo y llegue cansada a casa con frio y hambre "
				: "today was a long day at work and I came home tired with no energy to cook dinner ";
		StringBuilder before = new StringBuilder();
		List<Integer> missedAt = new ArrayList<>();
		for (int words = 0; words < 140; words++) {
			String[] fillerWords = filler.split(" ");
			before.append(fillerWords[words % fillerWords.length]).append(' ');
			String text = before + statement.toLowerCase() + " " + filler.repeat(30);
			if (CrisisLanguage.assess(text).level() != SafetyLevel.CRISIS) {
				missedAt.add(words);
			}
		}
		assertThat(missedAt).as("words before the statement when it was missed").isEmpty();
		assertThat(CrisisLanguage.assess(filler.repeat(50)).level()).isEqualTo(SafetyLevel.NONE);
	}

	@Test
	void aLongSentenceIsReadInWindowsThatOverlapByTheLongestMatch() {
		StringBuilder sentence = new StringBuilder(" ");
		for (int i = 0; i < 100; i++) {
			sentence.append("w").append(i).append(' ');
		}
		List<String> windows = CrisisLanguage.windows(sentence.toString(), 20);
		assertThat(windows).hasSize(4);
		assertThat(windows.get(0)).startsWith(" w0 ").endsWith(" w39 ~ ");
		assertThat(windows.get(1)).startsWith(" ~ w20 ").endsWith(" w59 ~ ");
		assertThat(windows.get(3)).startsWith(" ~ w60 ").endsWith(" w99 ");
		assertThat(CrisisLanguage.windows(" a short sentence ", 20)).containsExactly(" a short sentence ");
	}

}
