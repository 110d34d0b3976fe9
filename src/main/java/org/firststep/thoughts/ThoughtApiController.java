package org.firststep.thoughts;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.groups.Default;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/**
 * {@code /api/v1/thought-records}, {@code /api/v1/thinking-traps} and
 * {@code /api/v1/beliefs}.
 */
@RestController
class ThoughtApiController {

	private final ThoughtService thoughts;

	private final BeliefLibrary beliefs;

	private final CrisisLanguage crisisLanguage;

	private final MessageSource messages;

	ThoughtApiController(ThoughtService thoughts, BeliefLibrary beliefs, CrisisLanguage crisisLanguage,
			MessageSource messages) {
		this.thoughts = thoughts;
		this.beliefs = beliefs;
		this.crisisLanguage = crisisLanguage;
		this.messages = messages;
	}

	@GetMapping("/api/v1/thought-records")
	Paged<RecordResponse> list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		return Paged.read(limit, cursor, (after, count) -> this.thoughts.page(me.id(), after, count), ThoughtRecord::id)
			.map((record) -> RecordResponse.of(record, null));
	}

	@PostMapping("/api/v1/thought-records")
	ResponseEntity<RecordResponse> add(@AuthenticationPrincipal CurrentAccount me,
			@Validated({ Default.class, ThoughtRecordRequest.Adding.class }) @RequestBody ThoughtRecordRequest body) {
		ThoughtRecord record = this.thoughts.add(me.id(), body.over(null));
		return ResponseEntity.created(URI.create("/api/v1/thought-records/" + record.id()))
			.body(RecordResponse.of(record, this.crisisLanguage.level(record.texts())));
	}

	@GetMapping("/api/v1/thought-records/{id}")
	RecordResponse get(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return RecordResponse.of(this.thoughts.get(me.id(), id), null);
	}

	@PatchMapping("/api/v1/thought-records/{id}")
	RecordResponse change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Validated @RequestBody ThoughtRecordRequest body) {
		ThoughtRecord record = this.thoughts.change(me.id(), id, body.over(this.thoughts.get(me.id(), id)));
		return RecordResponse.of(record, this.crisisLanguage.level(record.texts()));
	}

	@DeleteMapping("/api/v1/thought-records/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.thoughts.remove(me.id(), id);
	}

	@GetMapping("/api/v1/thinking-traps")
	List<TrapResponse> traps(Locale locale) {
		return Arrays.stream(ThinkingTrap.values())
			.map((trap) -> new TrapResponse(trap.id(),
					this.messages.getMessage("trap." + trap.id() + ".name", null, locale),
					this.messages.getMessage("trap." + trap.id() + ".text", null, locale)))
			.toList();
	}

	@GetMapping("/api/v1/beliefs")
	List<BeliefLibrary.Belief> beliefs(Locale locale) {
		return this.beliefs.all(locale);
	}

	/**
	 * A thought record as the API shows it.
	 *
	 * @param safetyConcern on a save, whether the safety net noticed anything in what was
	 * written (true at both levels)
	 * @param safetyLevel on a save, {@code none}, {@code concern} (a strong risk signal
	 * such as feeling a burden) or {@code crisis} (words of self-harm or suicide)
	 */
	record RecordResponse(String id, String situation, String automaticThought, Integer beliefBefore,
			List<Emotion> emotions, List<String> traps, String friendView, String evidenceFor, String evidenceAgainst,
			String balancedThought, Integer beliefAfter, String askId, Instant createdAt, Instant updatedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean safetyConcern,
			@JsonInclude(JsonInclude.Include.NON_NULL) String safetyLevel) {

		/** The record; with a level on a save, null on reads. */
		static RecordResponse of(ThoughtRecord record, SafetyLevel safety) {
			return new RecordResponse(record.id(), record.situation(), record.automaticThought(), record.beliefBefore(),
					record.emotions(), record.traps(), record.friendView(), record.evidenceFor(),
					record.evidenceAgainst(), record.balancedThought(), record.beliefAfter(), record.askId(),
					record.createdAt(), record.updatedAt(), (safety != null) ? safety.raised() : null,
					(safety != null) ? safety.apiName() : null);
		}

	}

	/**
	 * A thinking trap.
	 *
	 * @param id its id
	 * @param name its name
	 * @param definition what it is, plainly
	 */
	record TrapResponse(String id, String name, String definition) {
	}

}
