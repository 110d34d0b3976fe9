package org.firststep.safety;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The plan's steps as the page, the API and the import give them, with the plan's limits:
 * up to {@link PlanStep#MAX_ITEMS} lines a step, each line up to
 * {@link PlanStep#MAX_TEXT} characters, and people from the network only in the steps
 * about people. Whether a person is in the network is the service's to check.
 *
 * @param warningSigns items
 * @param copingStrategies items
 * @param distractions items, may name people
 * @param peopleToAsk items, may name people
 * @param professionals items, may name people
 * @param safeEnvironment items
 * @param reasonsForLiving items
 */
record PlanSteps(
		@Size(max = PlanStep.MAX_ITEMS,
				message = "{safetyPlan.step.tooMany}") List<@Valid @NoPerson PlanItem> warningSigns,
		@Size(max = PlanStep.MAX_ITEMS,
				message = "{safetyPlan.step.tooMany}") List<@Valid @NoPerson PlanItem> copingStrategies,
		@Size(max = PlanStep.MAX_ITEMS, message = "{safetyPlan.step.tooMany}") List<@Valid PlanItem> distractions,
		@Size(max = PlanStep.MAX_ITEMS, message = "{safetyPlan.step.tooMany}") List<@Valid PlanItem> peopleToAsk,
		@Size(max = PlanStep.MAX_ITEMS, message = "{safetyPlan.step.tooMany}") List<@Valid PlanItem> professionals,
		@Size(max = PlanStep.MAX_ITEMS,
				message = "{safetyPlan.step.tooMany}") List<@Valid @NoPerson PlanItem> safeEnvironment,
		@Size(max = PlanStep.MAX_ITEMS,
				message = "{safetyPlan.step.tooMany}") List<@Valid @NoPerson PlanItem> reasonsForLiving) {

	static PlanSteps of(Map<PlanStep, List<PlanItem>> steps) {
		return new PlanSteps(items(steps, PlanStep.WARNING_SIGNS), items(steps, PlanStep.COPING_STRATEGIES),
				items(steps, PlanStep.DISTRACTIONS), items(steps, PlanStep.PEOPLE_TO_ASK),
				items(steps, PlanStep.PROFESSIONALS), items(steps, PlanStep.SAFE_ENVIRONMENT),
				items(steps, PlanStep.REASONS_FOR_LIVING));
	}

	Map<PlanStep, List<PlanItem>> byStep() {
		Map<PlanStep, List<PlanItem>> steps = new EnumMap<>(PlanStep.class);
		steps.put(PlanStep.WARNING_SIGNS, this.warningSigns);
		steps.put(PlanStep.COPING_STRATEGIES, this.copingStrategies);
		steps.put(PlanStep.DISTRACTIONS, this.distractions);
		steps.put(PlanStep.PEOPLE_TO_ASK, this.peopleToAsk);
		steps.put(PlanStep.PROFESSIONALS, this.professionals);
		steps.put(PlanStep.SAFE_ENVIRONMENT, this.safeEnvironment);
		steps.put(PlanStep.REASONS_FOR_LIVING, this.reasonsForLiving);
		return steps;
	}

	private static List<PlanItem> items(Map<PlanStep, List<PlanItem>> steps, PlanStep step) {
		List<PlanItem> items = steps.get(step);
		return (items != null) ? items : List.of();
	}

	/** A line that names no one from the network, reported on its {@code personId}. */
	@Documented
	@Constraint(validatedBy = NoPerson.Validator.class)
	@Target(ElementType.TYPE_USE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface NoPerson {

		String message() default "{safetyPlan.item.noPeopleHere}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<NoPerson, PlanItem> {

			@Override
			public boolean isValid(PlanItem item, ConstraintValidatorContext context) {
				if (item == null || item.personId() == null || item.personId().isBlank()) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("personId")
					.addConstraintViolation();
				return false;
			}

		}

	}

}
