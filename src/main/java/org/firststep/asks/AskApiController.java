package org.firststep.asks;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
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

import org.firststep.people.Need;
import org.firststep.people.Person;
import org.firststep.people.Someone;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;
import org.firststep.platform.web.OneOf;

/**
 * {@code /api/v1/asks}: asks, their ladder, templates and clarity, and the rejection gap.
 */
@RestController
class AskApiController {

	private final AskService asks;

	private final AskTemplates templates;

	private final ClarityCheck clarity;

	private final MessageSource messages;

	private final CrisisLanguage crisisLanguage;

	AskApiController(AskService asks, AskTemplates templates, ClarityCheck clarity, MessageSource messages,
			CrisisLanguage crisisLanguage) {
		this.crisisLanguage = crisisLanguage;
		this.asks = asks;
		this.templates = templates;
		this.clarity = clarity;
		this.messages = messages;
	}

	@GetMapping("/api/v1/asks")
	Paged<AskResponse> list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		return Paged.read(limit, cursor, (after, count) -> this.asks.page(me.id(), after, count), Ask::id)
			.map(AskResponse::of);
	}

	@PostMapping("/api/v1/asks")
	ResponseEntity<AskResponse> create(@AuthenticationPrincipal CurrentAccount me,
			@Validated({ Default.class, AskRequest.Adding.class }) @RequestBody AskRequest body) {
		Ask ask = this.asks.create(me.id(), body.over(null));
		return ResponseEntity.created(URI.create("/api/v1/asks/" + ask.id()))
			.body(AskResponse.saved(ask, this.crisisLanguage));
	}

	@GetMapping("/api/v1/asks/{id}")
	AskResponse get(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return AskResponse.of(this.asks.get(me.id(), id));
	}

	@PatchMapping("/api/v1/asks/{id}")
	AskResponse change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Validated @RequestBody AskRequest body) {
		return AskResponse.saved(this.asks.change(me.id(), id, body.over(this.asks.get(me.id(), id))),
				this.crisisLanguage);
	}

	@DeleteMapping("/api/v1/asks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.asks.remove(me.id(), id);
	}

	@PostMapping("/api/v1/asks/{id}/sent")
	AskResponse sent(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return AskResponse.of(this.asks.markSent(me.id(), id));
	}

	@PostMapping("/api/v1/asks/{id}/cancel")
	AskResponse cancel(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return AskResponse.of(this.asks.cancel(me.id(), id));
	}

	@PostMapping("/api/v1/asks/{id}/outcome")
	OutcomeResponse outcome(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Valid @RequestBody OutcomeRequest body, Locale locale) {
		var answered = this.asks.recordOutcome(me.id(), id, Outcome.of(body.outcome()).orElseThrow(),
				body.feelingAfter(), body.note());
		Someone backup = answered.backup();
		boolean wentWell = answered.ask().outcome().wentWell();
		// Each text through the detector once: the note for the outcome, and the message
		// with it for the ask.
		SafetyLevel note = this.crisisLanguage.level(answered.ask().outcomeNote());
		SafetyLevel ask = this.crisisLanguage.level(answered.ask().message()).max(note);
		return new OutcomeResponse(AskResponse.saved(answered.ask(), ask),
				(backup != null) ? new BackupResponse(backup.id(), backup.name()) : null,
				wentWell ? null : this.messages.getMessage("asks.outcome.kindWord", null, locale), note.raised(),
				note.apiName());
	}

	@GetMapping("/api/v1/asks/ladder")
	LadderResponse ladder(@AuthenticationPrincipal CurrentAccount me) {
		Ladder<Ask> ladder = this.asks.ladder(me.id());
		return new LadderResponse(ladder.rungs().stream().map(AskResponse::of).toList(),
				ladder.suggestedNext().apiName());
	}

	@GetMapping("/api/v1/asks/templates")
	TemplatesResponse templates(@RequestParam("need") @OneOf(value = Need.class, message = "{asks.need}") String need,
			@RequestParam("size") @OneOf(value = Size.class, message = "{asks.size}") String size, Locale locale) {
		return new TemplatesResponse(need, size,
				this.templates.templates(Need.of(need).orElseThrow(), Size.of(size).orElseThrow(), locale));
	}

	@PostMapping("/api/v1/asks/clarity")
	ClarityResponse clarity(@Valid @RequestBody ClarityRequest body, Locale locale) {
		var result = this.clarity.check(body.message());
		return new ClarityResponse(result.missing(), result.clear(),
				result.missing()
					.stream()
					.map((item) -> this.messages.getMessage("asks.clarity." + item, null, locale))
					.toList());
	}

	@GetMapping("/api/v1/insights/rejection-gap")
	GapResponse gap(@AuthenticationPrincipal CurrentAccount me, Locale locale) {
		RejectionGap gap = this.asks.gap(me.id());
		return new GapResponse(gap.answered(), gap.meanPredictedYes(), gap.actualYesRate(), gap.gap(),
				GapSentence.of(gap, this.messages, locale));
	}

	/**
	 * How an ask went, and who to turn to after a no.
	 *
	 * @param ask the ask
	 * @param backup the backup, or the next safest person for the need; null after a yes
	 * @param encouragement a kind word after a no or no reply
	 * @param safetyConcern whether the safety net noticed anything in the note (true at
	 * both levels)
	 * @param safetyLevel {@code none}, {@code concern} (a strong risk signal such as
	 * feeling a burden) or {@code crisis} (words of self-harm or suicide) for the note
	 */
	record OutcomeResponse(AskResponse ask, BackupResponse backup, String encouragement, boolean safetyConcern,
			String safetyLevel) {
	}

	/**
	 * Someone to turn to instead.
	 *
	 * @param personId their id
	 * @param name their name
	 */
	record BackupResponse(String personId, String name) {
	}

	/**
	 * The ladder.
	 *
	 * @param rungs the asks, easiest first
	 * @param suggestedNext the size to try next
	 */
	record LadderResponse(List<AskResponse> rungs, String suggestedNext) {
	}

	/**
	 * Templates for a need and size.
	 *
	 * @param need the need
	 * @param size the size
	 * @param templates in the request's language; {@code {name}} stands for the other's
	 * name
	 */
	record TemplatesResponse(String need, String size, List<String> templates) {
	}

	/**
	 * A message to check.
	 *
	 * @param message the words
	 */
	record ClarityRequest(@AskMessage String message) {
	}

	/**
	 * What a message leaves out.
	 *
	 * @param missing of what, when, howLong and easyNo
	 * @param clear whether nothing is missing
	 * @param hints a short hint per missing item, in the request's language
	 */
	record ClarityResponse(List<String> missing, boolean clear, List<String> hints) {
	}

	/**
	 * The fear-of-rejection gap.
	 *
	 * @param answered answered asks that had a prediction
	 * @param meanPredictedYes mean predicted chance of a yes, 0 to 100, or null
	 * @param actualYesRate real share of yeses, 0 to 100, or null
	 * @param gap actual minus predicted, percentage points, or null
	 * @param sentence the same in plain words
	 */
	record GapResponse(int answered, Double meanPredictedYes, Double actualYesRate, Double gap, String sentence) {
	}

}
