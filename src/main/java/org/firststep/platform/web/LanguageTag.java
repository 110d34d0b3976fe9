package org.firststep.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The tag of a language FirstStep speaks ({@link Languages}): {@code en} or {@code es};
 * null and blank pass (the field is optional).
 */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

	String message() default "{validation.locale}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Accepts the tags of {@link Languages#SUPPORTED}. */
	class Validator implements ConstraintValidator<LanguageTag, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isEmpty() || Languages.byTag(value).isPresent();
		}

	}

}
