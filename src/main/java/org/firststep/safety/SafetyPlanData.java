package org.firststep.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.privacy.PersonalData;

/**
 * The safety plan in the person's export and import: one row per line, in the order of
 * the steps, each naming its step; and who may read it.
 */
@Component
class SafetyPlanData implements PersonalData {

	private final SafetyPlanService plans;

	SafetyPlanData(SafetyPlanService plans) {
		this.plans = plans;
	}

	@Override
	public String kind() {
		return "safetyPlan";
	}

	@Override
	public int restoreOrder() {
		return 30;
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		SafetyPlan plan = this.plans.get(accountId);
		List<String> sharedWith = this.plans.sharedWith(accountId);
		List<Map<String, Object>> rows = new ArrayList<>();
		plan.steps().forEach((step, items) -> items.forEach((item) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("step", step.apiName());
			row.put("text", item.text());
			row.put("personId", item.personId());
			rows.add(row);
		}));
		for (String personId : sharedWith) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("step", "sharedWith");
			row.put("text", null);
			row.put("personId", personId);
			rows.add(row);
		}
		return rows;
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		Map<PlanStep, List<PlanItem>> steps = new EnumMap<>(PlanStep.class);
		List<String> sharedWith = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			String step = text(row, "step");
			String personId = text(row, "personId");
			if ("sharedWith".equals(step) && personId != null) {
				sharedWith.add(personId);
				continue;
			}
			PlanStep found = PlanStep.of(step)
				.orElseThrow(() -> new InvalidInputException(new FieldMessage("data.safetyPlan.step", "import.data")));
			steps.computeIfAbsent(found, (key) -> new ArrayList<>()).add(new PlanItem(text(row, "text"), personId));
		}
		if (!steps.isEmpty()) {
			this.plans.save(accountId, steps);
		}
		if (!sharedWith.isEmpty()) {
			this.plans.shareWith(accountId, sharedWith);
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return this.plans.get(accountId).isEmpty() && this.plans.sharedWith(accountId).isEmpty();
	}

	@Override
	public void erase(String accountId) {
		this.plans.erase(accountId);
	}

	private static String text(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value == null) ? null : value.toString();
	}

}
