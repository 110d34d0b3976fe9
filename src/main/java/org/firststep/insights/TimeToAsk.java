package org.firststep.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.firststep.assessments.Assessment;
import org.firststep.assessments.Instrument;
import org.firststep.checkins.Checkin;
import org.firststep.checkins.Sign;

/**
 * "Is it time to ask?": the reasons that say it may be time to ask a professional for
 * help, and whether it is urgent. Each reason is a message key with its figures.
 *
 * @param reasons why, in order
 * @param urgent PHQ-9 item 9 above 0, or words of self-harm or suicide, in the last 14
 * days
 */
public record TimeToAsk(List<Reason> reasons, boolean urgent) {

	static final int DAYS = 14;

	static final int LOW_MOOD = 4;

	static final int ENOUGH_CHECKINS = 7;

	static final int HIGH_SCORE = 10;

	static final int HARD_DIFFICULTY = 2;

	static final int COPING_DAYS = 3;

	public boolean timeToAsk() {
		return this.urgent || !this.reasons.isEmpty();
	}

	static TimeToAsk of(History history) {
		List<Reason> reasons = new ArrayList<>();
		List<Checkin> recent = history.checkinsInLast(DAYS);
		long low = recent.stream().filter((checkin) -> checkin.mood() <= LOW_MOOD).count();
		if (recent.size() >= ENOUGH_CHECKINS && low * 2 > recent.size()) {
			reasons.add(new Reason("lowMood", low, recent.size()));
		}
		for (Instrument instrument : List.of(Instrument.PHQ9, Instrument.GAD7)) {
			latest(history, instrument).filter((assessment) -> assessment.score() >= HIGH_SCORE)
				.ifPresent((assessment) -> reasons
					.add(new Reason("highScore." + instrument.apiName(), assessment.score())));
		}
		history.assessments()
			.stream()
			.filter((assessment) -> assessment.difficulty() != null)
			.findFirst()
			.filter((assessment) -> assessment.difficulty() >= HARD_DIFFICULTY)
			.ifPresent((assessment) -> reasons.add(new Reason("difficulty." + assessment.difficulty())));
		long coping = recent.stream().filter((checkin) -> checkin.has(Sign.UNHEALTHY_COPING)).count();
		if (coping >= COPING_DAYS) {
			reasons.add(new Reason("coping", coping));
		}
		Instant since = history.now().minus(Duration.ofDays(DAYS));
		boolean item9 = history.assessments()
			.stream()
			.anyMatch((assessment) -> assessment.selfHarmFlag() && !assessment.takenAt().isBefore(since));
		return new TimeToAsk(List.copyOf(reasons), item9 || history.crisisLanguageLately());
	}

	private static Optional<Assessment> latest(History history, Instrument instrument) {
		return history.assessments().stream().filter((assessment) -> assessment.instrument() == instrument).findFirst();
	}

	/**
	 * One reason.
	 *
	 * @param key the message key under {@code timeToAsk.reason.}
	 * @param figures the figures the sentence names
	 */
	record Reason(String key, Object... figures) {
	}

}
