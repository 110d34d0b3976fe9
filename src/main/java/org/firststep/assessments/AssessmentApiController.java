package org.firststep.assessments;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.Paged;
import org.firststep.platform.web.OneOf;

/** {@code /api/v1/assessments}: the PHQ-9, GAD-7 and PHQ-2, scored. */
@RestController
class AssessmentApiController {

	private final AssessmentService assessments;

	AssessmentApiController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/api/v1/assessments")
	Paged<AssessmentResponse> list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		return Paged.read(limit, cursor, (after, count) -> this.assessments.page(me.id(), after, count), Assessment::id)
			.map(AssessmentResponse::of);
	}

	@GetMapping("/api/v1/assessments/{id}")
	AssessmentResponse get(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return AssessmentResponse.of(this.assessments.get(me.id(), id));
	}

	@PostMapping("/api/v1/assessments")
	ResponseEntity<AssessmentResponse> take(@AuthenticationPrincipal CurrentAccount me,
			@Valid @RequestBody AssessmentRequest body) {
		Assessment taken = this.assessments.take(me.id(),
				new Answers(Instrument.of(body.instrument()).orElseThrow(), body.answers(), body.difficulty()));
		return ResponseEntity.created(URI.create("/api/v1/assessments/" + taken.id()))
			.body(AssessmentResponse.of(taken));
	}

	/**
	 * A completed instrument.
	 *
	 * @param instrument {@code PHQ9}, {@code GAD7} or {@code PHQ2}
	 * @param answers 0 to 3 each, as many as the instrument has items ({@link Answers})
	 * @param difficulty 0 to 3, optional
	 */
	record AssessmentRequest(
			@NotNull(message = "{assessments.instrument}") @OneOf(value = Instrument.class,
					message = "{assessments.instrument}") String instrument,
			@NotNull(message = "{validation.required}") List<Integer> answers, Integer difficulty) {
	}

	/**
	 * A scored assessment.
	 *
	 * @param selfHarmFlag PHQ-9 item 9 above "not at all": the crisis card comes first
	 */
	record AssessmentResponse(String id, String instrument, List<Integer> answers, Integer difficulty, int score,
			String band, boolean selfHarmFlag, Instant takenAt) {

		static AssessmentResponse of(Assessment assessment) {
			return new AssessmentResponse(assessment.id(), assessment.instrument().apiName(), assessment.answers(),
					assessment.difficulty(), assessment.score(), assessment.band(), assessment.selfHarmFlag(),
					assessment.takenAt());
		}

	}

}
