package org.firststep.accounts;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AcceptablePassword}, with one message per reason. */
class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

	static final int MINIMUM = 12;

	static final int MAXIMUM = 256;

	private final CommonPasswords common;

	AcceptablePasswordValidator(CommonPasswords common) {
		this.common = common;
	}

	@Override
	public boolean isValid(String password, ConstraintValidatorContext context) {
		String problem = problem(password);
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
		return false;
	}

	private String problem(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM) {
			return "{password.tooShort}";
		}
		if (password.isBlank()) {
			return "{password.onlySpaces}";
		}
		if (password.length() > MAXIMUM) {
			return "{password.tooLong}";
		}
		if (this.common.contains(password)) {
			return "{password.common}";
		}
		return null;
	}

}
