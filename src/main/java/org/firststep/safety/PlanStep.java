package org.firststep.safety;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six steps of the widely used safety plan, plus reasons for living, in the order the
 * plan is read in a crisis.
 */
public enum PlanStep {

	WARNING_SIGNS("warningSigns", false), COPING_STRATEGIES("copingStrategies", false),
	DISTRACTIONS("distractions", true), PEOPLE_TO_ASK("peopleToAsk", true), PROFESSIONALS("professionals", true),
	SAFE_ENVIRONMENT("safeEnvironment", false), REASONS_FOR_LIVING("reasonsForLiving", false);

	/** How many items one step holds at most. */
	public static final int MAX_ITEMS = 20;

	/** How long one item may be. */
	public static final int MAX_TEXT = 500;

	private final String apiName;

	private final boolean takesPeople;

	PlanStep(String apiName, boolean takesPeople) {
		this.apiName = apiName;
		this.takesPeople = takesPeople;
	}

	public String apiName() {
		return this.apiName;
	}

	/** Whether people and services from the network can be added to this step. */
	public boolean takesPeople() {
		return this.takesPeople;
	}

	public static Optional<PlanStep> of(String apiName) {
		return Arrays.stream(values()).filter((step) -> step.apiName.equals(apiName)).findFirst();
	}

}
