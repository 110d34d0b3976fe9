package org.firststep.thoughts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How much a thought is believed, or a feeling felt: 0 to 100. Written once, for the
 * thought record's page and its API.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(100)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface Percent {

	String message() default "{thoughts.percent}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
