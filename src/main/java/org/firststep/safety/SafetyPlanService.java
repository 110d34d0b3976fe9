package org.firststep.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.people.PeopleService;
import org.firststep.people.Person;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.Violations;

/**
 * The safety plan of one account, and whom it is shared with. Every method takes the
 * acting account and touches only its own plan and network.
 */
@Service
public class SafetyPlanService {

	private final SafetyPlanRepository plans;

	private final PeopleService people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Validator validator;

	SafetyPlanService(SafetyPlanRepository plans, PeopleService people, Clock clock, ApplicationEventPublisher events,
			Validator validator) {
		this.validator = validator;
		this.plans = plans;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	/** The plan, empty when none was written yet. */
	public SafetyPlan get(String accountId) {
		return this.plans.find(accountId).orElseGet(SafetyPlan::empty);
	}

	/**
	 * Replaces the whole plan, checked by {@link PlanSteps}' constraints whichever face
	 * sent it. Blank lines and repeats are dropped; someone from the network keeps the
	 * name they had as the line's text, for the PDF and the export.
	 * @throws InvalidInputException naming each item that cannot be kept
	 */
	@Transactional
	public SafetyPlan save(String accountId, Map<PlanStep, List<PlanItem>> steps) {
		List<FieldMessage> errors = new ArrayList<>(
				Violations.errors(this.validator, PlanSteps.of(steps), UnaryOperator.identity()));
		Map<PlanStep, List<PlanItem>> clean = new EnumMap<>(PlanStep.class);
		for (PlanStep step : PlanStep.values()) {
			List<PlanItem> given = steps.getOrDefault(step, List.of());
			List<PlanItem> kept = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (int i = 0; i < given.size(); i++) {
				PlanItem item = given.get(i);
				if (item == null) {
					continue;
				}
				String text = (item.text() != null) ? item.text().strip() : "";
				if (item.personId() != null && !item.personId().isBlank() && step.takesPeople()) {
					Optional<Person> person = this.people.find(accountId, item.personId());
					if (person.isEmpty()) {
						errors.add(new FieldMessage(step.apiName() + "[" + i + "].personId",
								"safetyPlan.item.unknownPerson"));
						continue;
					}
					if (seen.add("person:" + item.personId())) {
						kept.add(new PlanItem(text.isEmpty() ? person.get().name() : text, item.personId()));
					}
				}
				else if (!text.isEmpty() && seen.add("text:" + text)) {
					kept.add(PlanItem.text(text));
				}
			}
			clean.put(step, kept);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.toArray(FieldMessage[]::new));
		}
		SafetyPlan plan = new SafetyPlan(clean, this.clock.instant());
		this.plans.save(accountId, plan);
		this.events.publishEvent(new SafetyPlanChanged(accountId));
		return plan;
	}

	/** The plan with the network's people looked up, for the crisis card and the PDF. */
	public PlanView view(String accountId) {
		SafetyPlan plan = get(accountId);
		List<String> named = plan.steps()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(PlanItem::personId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		return PlanView.of(plan, this.people.these(accountId, named));
	}

	/** The network entries allowed to read the plan once they support the person. */
	public List<String> sharedWith(String accountId) {
		return this.plans.sharedWith(accountId);
	}

	/**
	 * Sets who may read the plan: everyone listed, no one else.
	 * @throws InvalidInputException for an id that is not in the person's network
	 */
	@Transactional
	public List<String> shareWith(String accountId, List<String> personIds) {
		List<String> ids = personIds.stream().distinct().toList();
		List<FieldMessage> errors = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) == null || this.people.find(accountId, ids.get(i)).isEmpty()) {
				errors.add(new FieldMessage("sharedWith[" + i + "]", "safetyPlan.item.unknownPerson"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.toArray(FieldMessage[]::new));
		}
		this.plans.replaceSharing(accountId, ids, this.clock.millis());
		this.events.publishEvent(new SafetyPlanChanged(accountId));
		return ids;
	}

	/**
	 * The sharing rule: whether someone from the network may read the plan, read-only,
	 * once they support the person. True only while the person's switch for them is on;
	 * removing them from the network turns it off. The copy they read is sealed for them
	 * by the supporters feature, since only it holds a key they can open.
	 */
	public boolean sharesWith(String accountId, String personId) {
		return personId != null && this.plans.isSharedWith(accountId, personId);
	}

	void erase(String accountId) {
		this.plans.delete(accountId);
	}

}
