package org.firststep.coach;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/coach}: flags in a message, each with a suggestion. Nothing is
 * stored or logged.
 * <p>
 * Each suggestion is written in the language of the phrase it is about, not in the
 * language of the request: a supporter with an English interface who writes to their
 * mother in Spanish gets Spanish suggestions, and a message that mixes both gets each
 * flag in its own. {@code lang} (or, when it is left out, the request's language) only
 * decides for phrases that read the same in both languages, such as "good vibes" in a
 * message whose other words do not tell which language it is in. It never changes which
 * phrases are flagged. Errors are answered in the request's language, as elsewhere.
 */
@RestController
class CoachApiController {

	private final MessageCoach coach;

	private final MessageSource messages;

	CoachApiController(MessageCoach coach, MessageSource messages) {
		this.coach = coach;
		this.messages = messages;
	}

	@PostMapping("/api/v1/coach")
	CoachResponse coach(@Valid @RequestBody CoachRequest body, Locale requestLocale) {
		String fallback = (body.lang() != null) ? body.lang() : "es".equals(requestLocale.getLanguage()) ? "es" : "en";
		return new CoachResponse(this.coach.check(body.message(), fallback)
			.stream()
			.map((flag) -> new FlagResponse(flag.phrase(), flag.kind().apiName(),
					this.messages.getMessage("coach." + flag.kind().apiName(), null, Locale.of(flag.language()))))
			.toList());
	}

	/**
	 * A message to look at.
	 *
	 * @param message what the supporter is about to send
	 * @param lang {@code en} or {@code es}: the language for phrases that read the same
	 * in both when the message itself does not tell; the request's language when left
	 * out. Every other suggestion follows the language of its phrase
	 */
	record CoachRequest(
			@NotNull(message = "{validation.required}") @Size(max = 4000,
					message = "{coach.message.tooLong}") String message,
			@Pattern(regexp = "en|es", message = "{validation.locale}") String lang) {
	}

	/**
	 * The flags.
	 *
	 * @param flags each phrase worth a second look
	 */
	record CoachResponse(List<FlagResponse> flags) {
	}

	/**
	 * One flag.
	 *
	 * @param phrase the phrase exactly as written in the message
	 * @param kind {@code minimising}, {@code comparison}, {@code toxicPositivity},
	 * {@code denying}, {@code hurrying}, {@code vagueOffer}, {@code unaskedAdvice} or
	 * {@code blame}; clients should show a kind they do not know with its suggestion
	 * @param suggestion why it may land badly and a validating alternative, in the
	 * language of the phrase
	 */
	record FlagResponse(String phrase, String kind, String suggestion) {
	}

}
