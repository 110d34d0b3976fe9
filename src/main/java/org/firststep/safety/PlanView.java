package org.firststep.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.firststep.people.Person;

/**
 * A safety plan ready to read: each line with the network entry it names, looked up now,
 * so that names and numbers are current.
 *
 * @param plan the plan
 * @param lines each step's lines
 */
public record PlanView(SafetyPlan plan, Map<PlanStep, List<Line>> lines) {

	static PlanView of(SafetyPlan plan, List<Person> network) {
		Map<String, PlanPerson> byId = network.stream().collect(Collectors.toMap(Person::id, PlanPerson::of));
		Map<PlanStep, List<Line>> lines = new EnumMap<>(PlanStep.class);
		plan.steps()
			.forEach((step, items) -> lines.put(step,
					items.stream()
						.map((item) -> new Line(item, (item.personId() != null) ? byId.get(item.personId()) : null))
						.toList()));
		return new PlanView(plan, lines);
	}

	public List<Line> lines(PlanStep step) {
		return this.lines.get(step);
	}

	public boolean isEmpty() {
		return this.plan.isEmpty();
	}

	/**
	 * Everyone from the network the plan names, those to ask for help first, once each.
	 */
	public List<Contact> people() {
		return java.util.stream.Stream.of(PlanStep.PEOPLE_TO_ASK, PlanStep.DISTRACTIONS, PlanStep.PROFESSIONALS)
			.flatMap((step) -> this.lines.get(step).stream())
			.map(Line::person)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.map(Contact::of)
			.toList();
	}

	/** The lines of these steps that name no one from the network, in order. */
	public List<String> texts(PlanStep... steps) {
		return java.util.Arrays.stream(steps)
			.flatMap((step) -> this.lines.get(step).stream())
			.filter((line) -> line.person() == null)
			.map(Line::text)
			.toList();
	}

	/**
	 * One line of the plan.
	 *
	 * @param item what is stored
	 * @param person the network entry it names, or null
	 */
	public record Line(PlanItem item, PlanPerson person) {

		/** The person's current name, else the text as written. */
		public String text() {
			return (this.person != null) ? this.person.name() : this.item.text();
		}

	}

	/**
	 * Someone from the network the plan names, with the links that call or text them.
	 *
	 * @param name their current name
	 * @param call a {@code tel:} link, or null without a phone number
	 * @param text an {@code sms:} link, or null without a number for texts
	 */
	public record Contact(String name, String call, String text) {

		static Contact of(PlanPerson person) {
			return new Contact(person.name(), person.call(), person.text());
		}

	}

}
