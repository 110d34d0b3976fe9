package org.firststep.checkins;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.Day;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/** {@code /api/v1/checkins}: one check-in a day; a second that day replaces it. */
@RestController
class CheckinApiController {

	private final CheckinService checkins;

	private final CrisisLanguage crisisLanguage;

	CheckinApiController(CheckinService checkins, CrisisLanguage crisisLanguage) {
		this.checkins = checkins;
		this.crisisLanguage = crisisLanguage;
	}

	@GetMapping("/api/v1/checkins")
	Paged<CheckinResponse> list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "from", required = false) @Day(message = "{checkins.date}") String from,
			@RequestParam(name = "to", required = false) @Day(message = "{checkins.date}") String to,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		LocalDate today = this.checkins.today(me.id());
		LocalDate end = (to == null || to.isBlank()) ? today : LocalDate.parse(to);
		LocalDate start = (from == null || from.isBlank()) ? end.minusDays(365) : LocalDate.parse(from);
		return Paged
			.read(limit, cursor, (after, count) -> this.checkins.page(me.id(), start, end, after, count), Checkin::id)
			.map((checkin) -> CheckinResponse.of(checkin, null));
	}

	@PostMapping("/api/v1/checkins")
	ResponseEntity<CheckinResponse> record(@AuthenticationPrincipal CurrentAccount me,
			@Valid @RequestBody CheckinRequest body) {
		CheckinService.Saved saved = this.checkins.record(me.id(), body.input());
		CheckinResponse response = CheckinResponse.of(saved.checkin(),
				this.crisisLanguage.level(saved.checkin().note()));
		return saved.replaced() ? ResponseEntity.ok(response) : ResponseEntity
			.created(URI.create("/api/v1/checkins?from=" + saved.checkin().day() + "&to=" + saved.checkin().day()))
			.body(response);
	}

	/**
	 * A check-in as the API shows it.
	 *
	 * @param veryLow whether the mood is 2 or lower: help is brought forward
	 * @param safetyConcern on a save, whether the safety net noticed anything in the note
	 * (true at both levels)
	 * @param safetyLevel on a save, {@code none}, {@code concern} (a strong risk signal
	 * such as feeling a burden) or {@code crisis} (words of self-harm or suicide)
	 */
	record CheckinResponse(String id, LocalDate date, int mood, Integer energy, Double sleepHours, List<String> signs,
			String note, Instant updatedAt, boolean veryLow,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean safetyConcern,
			@JsonInclude(JsonInclude.Include.NON_NULL) String safetyLevel) {

		/** The check-in; with a level on a save, null on reads. */
		static CheckinResponse of(Checkin checkin, SafetyLevel safety) {
			return new CheckinResponse(checkin.id(), checkin.day(), checkin.mood(), checkin.energy(),
					checkin.sleepHours(), checkin.signs().stream().map(Sign::apiName).toList(), checkin.note(),
					checkin.updatedAt(), checkin.isVeryLow(), (safety != null) ? safety.raised() : null,
					(safety != null) ? safety.apiName() : null);
		}

	}

}
