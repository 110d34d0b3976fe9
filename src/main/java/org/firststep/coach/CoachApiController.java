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
 * {@code POST /api/v1/coach}: flags in a message, each with a suggestion in the requested
 * language. Nothing is stored or logged.
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
		Locale locale = (body.lang() != null) ? Locale.of(body.lang()) : requestLocale;
		return new CoachResponse(this.coach.check(body.message())
			.stream()
			.map((flag) -> new FlagResponse(flag.phrase(), flag.kind().apiName(),
					this.messages.getMessage("coach." + flag.kind().apiName(), null, locale)))
			.toList());
	}

	/**
	 * A message to look at.
	 *
	 * @param message what the supporter is about to send
	 * @param lang {@code en} or {@code es}; the request's language when left out
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
	 * @param phrase the phrase as written
	 * @param kind {@code minimising}, {@code toxicPositivity}, {@code vagueOffer},
	 * {@code unaskedAdvice} or {@code blame}
	 * @param suggestion what might land better
	 */
	record FlagResponse(String phrase, String kind, String suggestion) {
	}

}
