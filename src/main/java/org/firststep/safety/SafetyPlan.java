package org.firststep.safety;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A person's safety plan: a short list for each step.
 *
 * @param steps the items of each step, every step present
 * @param updatedAt when it last changed, or null when it was never saved
 */
public record SafetyPlan(Map<PlanStep, List<PlanItem>> steps, Instant updatedAt) {

	public SafetyPlan {
		Map<PlanStep, List<PlanItem>> all = new EnumMap<>(PlanStep.class);
		for (PlanStep step : PlanStep.values()) {
			all.put(step, List.copyOf(steps.getOrDefault(step, List.of())));
		}
		steps = java.util.Collections.unmodifiableMap(all);
	}

	public static SafetyPlan empty() {
		return new SafetyPlan(Map.of(), null);
	}

	public List<PlanItem> items(PlanStep step) {
		return this.steps.get(step);
	}

	public boolean isEmpty() {
		return this.steps.values().stream().allMatch(List::isEmpty);
	}

}
