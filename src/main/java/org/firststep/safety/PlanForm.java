package org.firststep.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * The plan page's form: each step as lines of text, one item per line, and ticks for the
 * people, services and crisis lines it names.
 *
 * @param warningSigns lines
 * @param copingStrategies lines
 * @param distractions lines
 * @param peopleToAsk lines
 * @param professionals lines
 * @param safeEnvironment lines
 * @param reasonsForLiving lines
 * @param distractionsPeople ticked network entries
 * @param peopleToAskPeople ticked network entries
 * @param professionalsPeople ticked network entries
 * @param crisisLines ticked crisis lines, by their label
 * @param sharedWith network entries that may read the plan as supporters
 */
record PlanForm(@Size(max = 12000, message = "{plan.step.tooLong}") String warningSigns,
		@Size(max = 12000, message = "{plan.step.tooLong}") String copingStrategies,
		@Size(max = 12000, message = "{plan.step.tooLong}") String distractions,
		@Size(max = 12000, message = "{plan.step.tooLong}") String peopleToAsk,
		@Size(max = 12000, message = "{plan.step.tooLong}") String professionals,
		@Size(max = 12000, message = "{plan.step.tooLong}") String safeEnvironment,
		@Size(max = 12000, message = "{plan.step.tooLong}") String reasonsForLiving, List<String> distractionsPeople,
		List<String> peopleToAskPeople, List<String> professionalsPeople, List<String> crisisLines,
		List<String> sharedWith) {

	static PlanForm of(SafetyPlan plan, Set<String> crisisLineLabels, List<String> sharedWith) {
		return new PlanForm(text(plan, PlanStep.WARNING_SIGNS, Set.of()),
				text(plan, PlanStep.COPING_STRATEGIES, Set.of()), text(plan, PlanStep.DISTRACTIONS, Set.of()),
				text(plan, PlanStep.PEOPLE_TO_ASK, Set.of()), text(plan, PlanStep.PROFESSIONALS, crisisLineLabels),
				text(plan, PlanStep.SAFE_ENVIRONMENT, Set.of()), text(plan, PlanStep.REASONS_FOR_LIVING, Set.of()),
				people(plan, PlanStep.DISTRACTIONS), people(plan, PlanStep.PEOPLE_TO_ASK),
				people(plan, PlanStep.PROFESSIONALS),
				plan.items(PlanStep.PROFESSIONALS)
					.stream()
					.filter((item) -> item.personId() == null && crisisLineLabels.contains(item.text()))
					.map(PlanItem::text)
					.toList(),
				sharedWith);
	}

	/**
	 * The steps as the service takes them: people first, then ticked lines, then text.
	 */
	Map<PlanStep, List<PlanItem>> steps() {
		Map<PlanStep, List<PlanItem>> steps = new EnumMap<>(PlanStep.class);
		steps.put(PlanStep.WARNING_SIGNS, lines(this.warningSigns));
		steps.put(PlanStep.COPING_STRATEGIES, lines(this.copingStrategies));
		steps.put(PlanStep.DISTRACTIONS, with(people(this.distractionsPeople), lines(this.distractions)));
		steps.put(PlanStep.PEOPLE_TO_ASK, with(people(this.peopleToAskPeople), lines(this.peopleToAsk)));
		steps.put(PlanStep.PROFESSIONALS,
				with(with(people(this.professionalsPeople), lines(this.crisisLines)), lines(this.professionals)));
		steps.put(PlanStep.SAFE_ENVIRONMENT, lines(this.safeEnvironment));
		steps.put(PlanStep.REASONS_FOR_LIVING, lines(this.reasonsForLiving));
		return steps;
	}

	/** Every word typed, for the safety net. */
	String[] texts() {
		return new String[] { this.warningSigns, this.copingStrategies, this.distractions, this.peopleToAsk,
				this.professionals, this.safeEnvironment, this.reasonsForLiving };
	}

	private static String text(SafetyPlan plan, PlanStep step, Set<String> ticked) {
		return String.join("\n",
				plan.items(step)
					.stream()
					.filter((item) -> item.personId() == null && !ticked.contains(item.text()))
					.map(PlanItem::text)
					.toList());
	}

	private static List<String> people(SafetyPlan plan, PlanStep step) {
		return plan.items(step).stream().map(PlanItem::personId).filter(java.util.Objects::nonNull).toList();
	}

	private static List<PlanItem> lines(String text) {
		return (text == null) ? List.of()
				: text.lines().map(String::strip).filter((line) -> !line.isEmpty()).map(PlanItem::text).toList();
	}

	private static List<PlanItem> lines(List<String> texts) {
		return (texts == null) ? List.of() : texts.stream().map(PlanItem::text).toList();
	}

	private static List<PlanItem> people(List<String> ids) {
		return (ids == null) ? List.of() : ids.stream().map((id) -> new PlanItem(null, id)).toList();
	}

	private static List<PlanItem> with(List<PlanItem> first, List<PlanItem> then) {
		List<PlanItem> all = new ArrayList<>(first);
		all.addAll(then);
		return all;
	}

}
