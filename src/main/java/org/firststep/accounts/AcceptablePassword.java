package org.firststep.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A new password: at least 12 characters, at most 256, and not on the list of common
 * passwords. No rules about digits or symbols: length is what makes a password strong,
 * and composition rules only make passwords harder to remember.
 */
@Documented
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface AcceptablePassword {

	String message() default "{password.tooShort}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
