package org.firststep.thoughts;

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
 * The situation or the automatic thought: up to 2,000 characters. Written once, for the
 * thought record's page and its API.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = 2000)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface ThoughtText {

	String message() default "{thoughts.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
