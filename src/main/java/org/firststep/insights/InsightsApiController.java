package org.firststep.insights;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.people.Someone;
import org.firststep.platform.security.CurrentAccount;

/** {@code /api/v1/time-to-ask} and {@code /api/v1/patterns}. */
@RestController
class InsightsApiController {

	private final InsightsService insights;

	private final MessageSource messages;

	InsightsApiController(InsightsService insights, MessageSource messages) {
		this.insights = insights;
		this.messages = messages;
	}

	@GetMapping("/api/v1/time-to-ask")
	TimeToAskResponse timeToAsk(@AuthenticationPrincipal CurrentAccount me, Locale locale) {
		TimeToAsk verdict = this.insights.timeToAsk(me.id());
		List<String> reasons = verdict.reasons()
			.stream()
			.map((reason) -> this.messages.getMessage("timeToAsk.reason." + reason.key(), reason.figures(), locale))
			.toList();
		return new TimeToAskResponse(verdict.timeToAsk(), reasons, verdict.urgent(),
				Steps.forVerdict(verdict, this.insights.safestForProfessionalHelp(me.id()), this.messages, locale));
	}

	@GetMapping("/api/v1/patterns")
	PatternsResponse patterns(@AuthenticationPrincipal CurrentAccount me, Locale locale) {
		Supplier<Optional<Someone>> safest = this.insights.safestForProfessionalHelp(me.id());
		return new PatternsResponse(this.insights.patterns(me.id())
			.stream()
			.map((kind) -> new NoticedPattern(kind, this.messages.getMessage("pattern." + kind, null, locale),
					Steps.forPattern(kind, safest, this.messages, locale)))
			.toList());
	}

	/**
	 * The verdict.
	 *
	 * @param timeToAsk whether it may be time to ask a professional for help
	 * @param reasons why, each a sentence
	 * @param urgent whether the crisis card should come first
	 * @param step one concrete step
	 */
	record TimeToAskResponse(boolean timeToAsk, List<String> reasons, boolean urgent, Steps.Step step) {
	}

	/**
	 * Patterns noticed.
	 *
	 * @param items each pattern
	 */
	record PatternsResponse(List<NoticedPattern> items) {
	}

}
