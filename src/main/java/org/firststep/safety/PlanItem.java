package org.firststep.safety;

import jakarta.validation.constraints.Size;

/**
 * One line of a safety plan.
 *
 * @param text what the person wrote; for someone from the network, their name when it was
 * added
 * @param personId the person or service from the network, or null
 */
public record PlanItem(@Size(max = PlanStep.MAX_TEXT, message = "{safetyPlan.item.tooLong}") String text,
		String personId) {

	public static PlanItem text(String text) {
		return new PlanItem(text, null);
	}

}
