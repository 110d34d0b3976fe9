package org.firststep.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A word that names one constant of an enumeration: its {@link ApiNamed#apiName()}, else
 * its Java name. The enumeration is the one list of what is accepted, so adding a
 * constant is all it takes. Null passes; whether a word is needed is {@code @NotBlank}'s
 * to say.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	/** The enumeration whose words are accepted. */
	Class<? extends Enum<?>> value();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a word against the enumeration's. */
	class Validator implements ConstraintValidator<OneOf, CharSequence> {

		private Set<String> words;

		@Override
		public void initialize(OneOf oneOf) {
			this.words = ApiNamed.words(oneOf.value());
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || this.words.contains(value.toString());
		}

	}

}
