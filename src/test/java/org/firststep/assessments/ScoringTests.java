package org.firststep.assessments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScoringTests {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "PHQ9, 0, minimal", "PHQ9, 4, minimal", "PHQ9, 5, mild", "PHQ9, 9, mild", "PHQ9, 10, moderate",
			"PHQ9, 14, moderate", "PHQ9, 15, moderatelySevere", "PHQ9, 19, moderatelySevere", "PHQ9, 20, severe",
			"PHQ9, 27, severe", "GAD7, 0, minimal", "GAD7, 4, minimal", "GAD7, 5, mild", "GAD7, 9, mild",
			"GAD7, 10, moderate", "GAD7, 14, moderate", "GAD7, 15, severe", "GAD7, 21, severe", "PHQ2, 0, negative",
			"PHQ2, 2, negative", "PHQ2, 3, positive", "PHQ2, 6, positive" })
	void bandsAtEveryBoundary(Instrument instrument, int score, String band) {
		Assessment assessment = assessment(instrument, answersSumming(instrument, score, false));
		assertThat(assessment.score()).isEqualTo(score);
		assertThat(assessment.band()).isEqualTo(band);
	}

	@Test
	void item9AboveZeroRaisesTheSelfHarmFlagWhateverTheScore() {
		List<Integer> onlyItem9 = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
		assertThat(assessment(Instrument.PHQ9, onlyItem9).selfHarmFlag()).isTrue();
		assertThat(assessment(Instrument.PHQ9, onlyItem9).band()).isEqualTo("minimal");
		assertThat(assessment(Instrument.PHQ9, answersSumming(Instrument.PHQ9, 24, false)).selfHarmFlag()).isFalse();
		assertThat(assessment(Instrument.GAD7, List.of(3, 3, 3, 3, 3, 3, 3)).selfHarmFlag()).isFalse();
		assertThat(assessment(Instrument.PHQ2, List.of(3, 3)).selfHarmFlag()).isFalse();
	}

	@Test
	void aWrongNumberOfAnswersOrOneOutOfRangeIsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> check(Instrument.PHQ9, List.of(1, 2, 3), null))
			.satisfies((ex) -> assertThat(ex.errors().get(0).field()).isEqualTo("answers"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> check(Instrument.GAD7, List.of(0, 1, 2, 3, 4, 0, -1), 5))
			.satisfies((ex) -> assertThat(ex.errors()).extracting((error) -> error.field())
				.containsExactly("answers[4]", "answers[6]", "difficulty"));
		check(Instrument.PHQ2, List.of(0, 3), null);
	}

	/** The answers' own constraints, as the page, the API and the import check them. */
	private static void check(Instrument instrument, List<Integer> answers, Integer difficulty) {
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Violations.check(factory.getValidator(), new Answers(instrument, answers, difficulty),
					UnaryOperator.identity());
		}
	}

	@Test
	void theWordingHasEveryItemInBothLanguages() {
		for (Instrument instrument : Instrument.values()) {
			for (Locale locale : List.of(Locale.ENGLISH, Locale.of("es"))) {
				Wording wording = Wording.of(instrument, locale);
				assertThat(wording.items()).hasSize(instrument.items()).doesNotContainNull();
				assertThat(wording.answers()).hasSize(4);
				assertThat(wording.difficulty() != null).isEqualTo(instrument.asksDifficulty());
			}
		}
		assertThat(Wording.of(Instrument.PHQ9, Locale.ENGLISH).items().get(8))
			.isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
		assertThat(Wording.of(Instrument.PHQ2, Locale.of("es")).items()).containsExactly(
				"Poco interés o placer en hacer cosas", "Se ha sentido decaído(a), deprimido(a) o sin esperanzas");
	}

	static Assessment assessment(Instrument instrument, List<Integer> answers) {
		return new Assessment("id", instrument, answers, null, Instant.parse("2026-11-20T10:00:00Z"));
	}

	/** Answers that add up to the score, item 9 left at 0 unless asked. */
	static List<Integer> answersSumming(Instrument instrument, int score, boolean item9) {
		List<Integer> answers = new ArrayList<>();
		int left = score;
		for (int i = 0; i < instrument.items(); i++) {
			boolean lastOfPhq9 = instrument == Instrument.PHQ9 && i == 8;
			int answer = (lastOfPhq9 && !item9) ? 0 : Math.min(3, left);
			answers.add(answer);
			left -= answer;
		}
		if (left > 0) {
			answers.set(instrument.items() - 1, answers.get(instrument.items() - 1) + left);
		}
		return answers;
	}

}
