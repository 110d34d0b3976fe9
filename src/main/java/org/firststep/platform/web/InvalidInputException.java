package org.firststep.platform.web;

import java.util.List;

/**
 * Input that passed its annotations but broke a rule only a service can check, such as an
 * e-mail address already in use or a wrong current password.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldMessage> errors;

	public InvalidInputException(FieldMessage... errors) {
		super("invalid input", null, false, false);
		this.errors = List.of(errors);
	}

	public List<FieldMessage> errors() {
		return this.errors;
	}

}
