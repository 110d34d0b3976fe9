package org.firststep.insights;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.firststep.asks.Ask;
import org.firststep.asks.Size;
import org.firststep.assessments.Assessment;

/**
 * The rows of the insights page's tables, in the page's own records, made from what the
 * asks and assessments modules give.
 */
public final class InsightsTables {

	/** The sizes of asks, in the order the weeks' columns show them. */
	public static final List<String> SIZES = Stream.of(Size.values()).map(Size::apiName).toList();

	private InsightsTables() {
	}

	static List<Score> scores(List<Assessment> assessments) {
		return assessments.stream()
			.map((assessment) -> new Score(assessment.takenAt().atZone(ZoneOffset.UTC).toLocalDate(),
					assessment.instrument().apiName(), assessment.score(), assessment.instrument().maxScore(),
					assessment.band()))
			.toList();
	}

	static List<Week> weeks(Map<LocalDate, Map<Size, Long>> weeks) {
		return weeks.entrySet()
			.stream()
			.map((week) -> new Week(week.getKey(), Stream.of(Size.values()).map(week.getValue()::get).toList()))
			.toList();
	}

	static List<DreadAndFeeling> dread(List<Ask> asks) {
		return asks.stream()
			.map((ask) -> new DreadAndFeeling(ask.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), ask.dread(),
					ask.feelingAfter()))
			.toList();
	}

	/**
	 * A self-assessment taken.
	 *
	 * @param day when
	 * @param instrument which, by its word
	 * @param score its score
	 * @param maxScore the highest score it has
	 * @param band the band the score falls in
	 */
	public record Score(LocalDate day, String instrument, int score, int maxScore, String band) {
	}

	/**
	 * The asks made in one week.
	 *
	 * @param weekOf its Monday
	 * @param bySize how many of each size, in the order of {@link #SIZES}
	 */
	public record Week(LocalDate weekOf, List<Long> bySize) {
	}

	/**
	 * An answered ask with the dread before it and the feeling after.
	 *
	 * @param day when it was made
	 * @param dread how much it was dreaded, 0 to 10
	 * @param feelingAfter how it felt afterwards, 0 to 10
	 */
	public record DreadAndFeeling(LocalDate day, int dread, int feelingAfter) {
	}

}
