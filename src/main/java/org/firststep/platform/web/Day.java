package org.firststep.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day as a date field sends it, {@code yyyy-MM-dd}, that exists and that FirstStep can
 * keep ({@link StorableTime}); null and blank pass (the field is optional). ISO 8601
 * alone would also read {@code +999999999-12-31}, a day no clock can count to.
 */
@Documented
@Constraint(validatedBy = Day.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Day {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the text reads as a day that can be kept. */
	class Validator implements ConstraintValidator<Day, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isKeptDay(value);
		}

		private static boolean isKeptDay(String text) {
			if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return false;
			}
			try {
				return StorableTime.isStorable(LocalDate.parse(text));
			}
			catch (DateTimeException ex) {
				return false;
			}
		}

	}

}
