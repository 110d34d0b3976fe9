package org.firststep.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address, at most 254 characters (the longest an SMTP path carries); null and
 * empty pass. One rule for every address FirstStep takes: signing up, inviting a
 * supporter.
 */
@Documented
@Constraint(validatedBy = {})
@Email(message = "{validation.email.invalid}")
@Size(max = 254, message = "{validation.email.tooLong}")
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	String message() default "{validation.email.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
