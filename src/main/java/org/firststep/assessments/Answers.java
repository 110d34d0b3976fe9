package org.firststep.assessments;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A completed instrument as the page and the API take it, checked by the same constraints
 * for both and for the import: as many answers as the instrument has items, each 0 to 3.
 *
 * @param instrument the instrument answered
 * @param answers one per item, 0 ("not at all") to 3 ("nearly every day")
 * @param difficulty 0 to 3, optional
 */
@Answers.FitTheInstrument
record Answers(@NotNull Instrument instrument, List<@NotNull(message = "{assessments.answer}") @Answer Integer> answers,
		@Answer Integer difficulty) {

	/** One answer: 0, 1, 2 or 3. */
	@Documented
	@Constraint(validatedBy = {})
	@Min(0)
	@Max(3)
	@ReportAsSingleViolation
	@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
	@Retention(RetentionPolicy.RUNTIME)
	@interface Answer {

		String message() default "{assessments.answer}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** As many answers as the instrument has items, reported on {@code answers}. */
	@Documented
	@Constraint(validatedBy = FitTheInstrument.Validator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface FitTheInstrument {

		String message() default "{assessments.answers.count}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<FitTheInstrument, Answers> {

			@Override
			public boolean isValid(Answers given, ConstraintValidatorContext context) {
				if (given.instrument() == null
						|| (given.answers() != null && given.answers().size() == given.instrument().items())) {
					return true;
				}
				context.unwrap(HibernateConstraintValidatorContext.class)
					.addMessageParameter("items", given.instrument().items());
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("answers")
					.addConstraintViolation();
				return false;
			}

		}

	}

}
