package org.firststep.asks;

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
 * How likely a yes feels, 0 to 100, or empty to skip. The one place this limit is
 * written: the editor's form and the API's request both carry it.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(100)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface PredictedYes {

	String message() default "{asks.predictedYes}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
