package org.firststep.thoughts;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Beliefs that stop people asking for help, each with realistic alternatives and one
 * small experiment, in our own words (message bundles, {@code belief.<id>.*}).
 */
@Component
public class BeliefLibrary {

	/** The beliefs, with the need and size of the experiment's ask. */
	static final List<Entry> ENTRIES = List.of(new Entry("burden", "listening", "tiny"),
			new Entry("weakness", "listening", "tiny"), new Entry("copeAlone", "practical", "tiny"),
			new Entry("nothingHelps", "information", "tiny"), new Entry("theyWillSayNo", "practical", "tiny"),
			new Entry("nothingToGive", "listening", "tiny"), new Entry("theyWillJudge", "listening", "tiny"),
			new Entry("notSeriousEnough", "professional", "small"),
			new Entry("therapyIsForOthers", "information", "small"), new Entry("wontStopCrying", "listening", "tiny"),
			new Entry("theyWillTell", "listening", "tiny"), new Entry("owingThem", "practical", "tiny"));

	private final MessageSource messages;

	BeliefLibrary(MessageSource messages) {
		this.messages = messages;
	}

	public List<Belief> all(Locale locale) {
		return ENTRIES.stream().map((entry) -> belief(entry, locale)).toList();
	}

	private Belief belief(Entry entry, Locale locale) {
		String prefix = "belief." + entry.id() + ".";
		List<String> alternatives = IntStream.rangeClosed(1, 3)
			.mapToObj((n) -> this.messages.getMessage(prefix + "alt" + n, null, null, locale))
			.filter((text) -> text != null && !text.isBlank())
			.toList();
		return new Belief(entry.id(), this.messages.getMessage(prefix + "text", null, locale), alternatives,
				new Experiment(this.messages.getMessage(prefix + "experiment", null, locale), entry.need(),
						entry.size(), "/asks/new?need=" + entry.need() + "&size=" + entry.size()));
	}

	record Entry(String id, String need, String size) {
	}

	/**
	 * A belief.
	 *
	 * @param id its id
	 * @param belief the belief, as people say it to themselves
	 * @param alternatives two or three realistic alternatives
	 * @param experiment one small experiment
	 */
	public record Belief(String id, String belief, List<String> alternatives, Experiment experiment) {
	}

	/**
	 * A small experiment, usually a tiny ask.
	 *
	 * @param text what to try
	 * @param need the ask's need
	 * @param size the ask's size
	 * @param href the ask builder, one tap away
	 */
	public record Experiment(String text, String need, String size, String href) {
	}

}
