package org.firststep.safetynet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisLanguageTests {

	final CrisisLanguage detector = new CrisisLanguage();

	@ParameterizedTest(name = "fires: {0}")
	@MethodSource("concerning")
	void firesOnStatementsOfWantingToDieOrSelfHarm(String statement) {
		assertThat(this.detector.concerns(statement)).as(TextNormalizer.normalize(statement)).isTrue();
	}

	@ParameterizedTest(name = "quiet: {0}")
	@MethodSource("everyday")
	void staysQuietOnEverydayIdioms(String statement) {
		assertThat(this.detector.concerns(statement)).as(TextNormalizer.normalize(statement)).isFalse();
	}

	@Test
	void eachLanguageHasAtLeastAHundredStatementsOfEachKind() {
		for (String name : List.of("concerning_en", "concerning_es", "everyday_en", "everyday_es")) {
			assertThat(statements(name)).as(name).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
		}
	}

	@Test
	void looksAtEveryTextGivenAndIgnoresMissingOnes() {
		assertThat(this.detector.concerns("Could you call me tonight?", null, "I want to die")).isTrue();
		assertThat(this.detector.concerns(null, "", "   ")).isFalse();
		assertThat(this.detector.concerns()).isFalse();
	}

	@Test
	void normalizesCaseAccentsPunctuationAndStretchedLetters() {
		assertThat(TextNormalizer.normalize("¡¡ME QUIERO MORIIIR!!")).isEqualTo(" me quiero morir . ");
		assertThat(TextNormalizer.normalize("I’m s u i c i d a l")).isEqualTo(" i am suicidal ");
		assertThat(TextNormalizer.normalize("k1ll myself")).isEqualTo(" kil myself ");
		assertThat(TextNormalizer.normalize("I got really ill")).isEqualTo(" i got realy il ");
		assertThat(TextNormalizer.normalize("ill do it, sucide")).isEqualTo(" i wil do it suicide ");
	}

	static List<String> concerning() {
		return both("concerning");
	}

	static List<String> everyday() {
		return both("everyday");
	}

	private static List<String> both(String kind) {
		return java.util.stream.Stream.concat(statements(kind + "_en").stream(), statements(kind + "_es").stream())
			.toList();
	}

	private static List<String> statements(String name) {
		try (InputStream in = CrisisLanguageTests.class.getResourceAsStream("/safetynet/" + name + ".txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
