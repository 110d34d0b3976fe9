package org.firststep.assessments;

import java.time.Instant;
import java.util.List;

/**
 * A completed self-assessment.
 *
 * @param id the id
 * @param instrument which one
 * @param answers each item's answer, 0 to 3, in order
 * @param difficulty the difficulty answer, 0 to 3, or null
 * @param takenAt when it was taken
 */
public record Assessment(String id, Instrument instrument, List<Integer> answers, Integer difficulty, Instant takenAt) {

	public int score() {
		return this.answers.stream().mapToInt(Integer::intValue).sum();
	}

	public String band() {
		return this.instrument.band(score());
	}

	/** PHQ-9 item 9 answered above "not at all". */
	public boolean selfHarmFlag() {
		return this.instrument == Instrument.PHQ9 && this.answers.get(8) > 0;
	}

}
