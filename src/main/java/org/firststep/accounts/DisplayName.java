package org.firststep.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/**
 * How FirstStep greets the person: up to 80 characters. Written once, for sign-up and
 * settings.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = 80)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface DisplayName {

	String message() default "{validation.displayName.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
