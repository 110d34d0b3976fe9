package org.firststep.people;

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
 * Private notes on a person: up to 4,000 characters. Written once, for the person's form
 * and the API.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = 4000)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface PersonNotes {

	String message() default "{people.notes.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
