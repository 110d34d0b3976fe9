package org.firststep.people;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A contact that looks like what its kind says: a phone number for {@code phone} and
 * {@code sms}, an address for {@code email}. Reported on the value, with the kind's
 * message.
 */
@Documented
@Constraint(validatedBy = ContactShape.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ContactShape {

	String message() default "{people.channel.value}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ContactShape, Channel> {

		private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{1,30}");

		private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

		@Override
		public boolean isValid(Channel channel, ConstraintValidatorContext context) {
			if (channel.kind() == null || channel.value() == null || channel.value().isBlank()) {
				return true;
			}
			String value = channel.value().trim();
			boolean ok = switch (channel.kind()) {
				case "phone", "sms" -> PHONE.matcher(value).matches();
				case "email" -> EMAIL.matcher(value).matches();
				default -> true;
			};
			if (!ok) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{people.channel." + channel.kind() + "}")
					.addPropertyNode("value")
					.addConstraintViolation();
			}
			return ok;
		}

	}

}
