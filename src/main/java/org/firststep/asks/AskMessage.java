package org.firststep.asks;

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
 * The words of an ask, up to 4,000 characters. The one place this limit is written: the
 * editor's form and the API's request both carry it.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = 4000)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface AskMessage {

	String message() default "{asks.message.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
