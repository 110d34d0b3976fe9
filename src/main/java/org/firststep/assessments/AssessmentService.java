package org.firststep.assessments;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;

import org.firststep.platform.persistence.Glance;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.Violations;

/** The self-assessments of one account; every method touches only its rows. */
@Service
public class AssessmentService {

	/** How often an assessment is suggested: never more, and never insisted on. */
	public static final Duration EVERY = Duration.ofDays(14);

	private final AssessmentRepository assessments;

	private final Clock clock;

	private final Glance.Part<Boolean> suggestedGlance;

	private final Validator validator;

	AssessmentService(AssessmentRepository assessments, Clock clock, Validator validator) {
		this.assessments = assessments;
		this.clock = clock;
		this.validator = validator;
		this.suggestedGlance = AssessmentRepository.LAST_FULL_TAKEN_AT.map(this::suggested);
	}

	/**
	 * Scores and keeps a completed instrument.
	 * @throws InvalidInputException for a wrong number of answers or one out of 0–3
	 */
	public Assessment take(String accountId, Answers given) {
		Answers answers = check(given, UnaryOperator.identity());
		Assessment assessment = new Assessment(Ids.newId(), answers.instrument(), List.copyOf(answers.answers()),
				answers.instrument().asksDifficulty() ? answers.difficulty() : null, this.clock.instant());
		this.assessments.insert(accountId, assessment);
		return assessment;
	}

	/**
	 * The answers, when they fit their instrument.
	 * @param field the name the sending face gives a property path
	 */
	Answers check(Answers answers, UnaryOperator<String> field) {
		return Violations.check(this.validator, answers, field);
	}

	/** Every assessment, newest first. */
	public List<Assessment> list(String accountId) {
		return this.assessments.findAll(accountId);
	}

	/**
	 * At most {@code count} assessments after the one with id {@code cursor} (from the
	 * newest when null), newest first, read from the database page by page; empty when
	 * the cursor is not one of the account's.
	 */
	public Optional<List<Assessment>> page(String accountId, String cursor, int count) {
		return this.assessments.page(accountId, cursor, count);
	}

	public Assessment get(String accountId, String id) {
		return this.assessments.find(accountId, id).orElseThrow(NotFoundException::new);
	}

	public Optional<Assessment> latest(String accountId, Instrument instrument) {
		return list(accountId).stream().filter((assessment) -> assessment.instrument() == instrument).findFirst();
	}

	/** Whether two weeks have passed since the last PHQ-9 or GAD-7, or none was taken. */
	public boolean suggested(String accountId) {
		return suggested(this.assessments.lastFullTakenAt(accountId));
	}

	/** The same, as part of a glance over several modules (the home page). */
	public Glance.Part<Boolean> suggestedGlance() {
		return this.suggestedGlance;
	}

	private boolean suggested(Optional<Long> lastFullTakenAt) {
		long cutoff = this.clock.instant().minus(EVERY).toEpochMilli();
		return lastFullTakenAt.map((takenAt) -> takenAt < cutoff).orElse(true);
	}

	boolean isEmpty(String accountId) {
		return !this.assessments.any(accountId);
	}

}
