package org.firststep.safety;

/**
 * One line of a safety plan.
 *
 * @param text what the person wrote; for someone from the network, their name when it was
 * added
 * @param personId the person or service from the network, or null
 */
public record PlanItem(String text, String personId) {

	public static PlanItem text(String text) {
		return new PlanItem(text, null);
	}

}
