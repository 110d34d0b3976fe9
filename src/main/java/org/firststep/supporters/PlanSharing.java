package org.firststep.supporters;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.firststep.safety.SafetyPlanService;

/**
 * The safety plan's sharing switch as a scope: the switch belongs to the safety plan, so
 * the {@code safetyPlan} scope is turned on and off there, and read back from there.
 */
@Component
class PlanSharing {

	private final SafetyPlanService plans;

	PlanSharing(SafetyPlanService plans) {
		this.plans = plans;
	}

	/**
	 * Shares the plan with this network entry, or stops; nothing is written if unchanged.
	 */
	void share(String accountId, String personId, boolean on) {
		Set<String> shared = new LinkedHashSet<>(this.plans.sharedWith(accountId));
		boolean changed = on ? shared.add(personId) : shared.remove(personId);
		if (changed) {
			this.plans.shareWith(accountId, List.copyOf(shared));
		}
	}

	/** The scopes as stored, with {@code safetyPlan} as the plan's switch says. */
	Set<Scope> scopes(String accountId, Set<Scope> stored, String personId) {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		scopes.addAll(stored);
		if (personId != null && this.plans.sharesWith(accountId, personId)) {
			scopes.add(Scope.SAFETY_PLAN);
		}
		else {
			scopes.remove(Scope.SAFETY_PLAN);
		}
		return scopes;
	}

}
