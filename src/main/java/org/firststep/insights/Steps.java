package org.firststep.insights;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;

import org.firststep.people.Someone;

/** The one concrete step each verdict and pattern offers. */
public final class Steps {

	private Steps() {
	}

	static Step forVerdict(TimeToAsk verdict, Supplier<Optional<Someone>> safest, MessageSource messages,
			Locale locale) {
		if (verdict.urgent()) {
			return new Step("crisisCard", messages.getMessage("step.crisisCard", null, locale), "/help", null);
		}
		if (verdict.timeToAsk()) {
			return askForProfessionalHelp(safest, messages, locale);
		}
		return new Step("tinyAsk", messages.getMessage("step.tinyAsk", null, locale), "/asks/new?need=listening", null);
	}

	static Step forPattern(String kind, Supplier<Optional<Someone>> safest, MessageSource messages, Locale locale) {
		return switch (kind) {
			case "unsentAsks" ->
				new Step("openAsks", messages.getMessage("step.openAsks", null, locale), "/asks", null);
			case "cancelledAppointments", "lowMood" -> askForProfessionalHelp(safest, messages, locale);
			default -> new Step("tinyAsk", messages.getMessage("step.tinyAsk", null, locale),
					"/asks/new?need=listening", null);
		};
	}

	private static Step askForProfessionalHelp(Supplier<Optional<Someone>> safest, MessageSource messages,
			Locale locale) {
		return safest.get()
			.map((person) -> new Step("ask",
					messages.getMessage("step.askProfessional", new Object[] { person.firstName() }, locale),
					"/asks/new?need=professional&person=" + person.id() + "&size=small", person.id()))
			.orElseGet(() -> new Step("ask", messages.getMessage("step.askProfessionalSomeone", null, locale),
					"/asks/new?need=professional", null));
	}

	/**
	 * A step.
	 *
	 * @param kind {@code ask}, {@code crisisCard}, {@code tinyAsk} or {@code openAsks}
	 * @param text what to do, in a few words
	 * @param href where the page does it; for an ask, the builder prefilled
	 * @param personId who to ask, when there is someone
	 */
	public record Step(String kind, String text, String href, String personId) {
	}

}
