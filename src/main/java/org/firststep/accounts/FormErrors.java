package org.firststep.accounts;

import org.springframework.validation.BindingResult;

import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;

/**
 * Puts a service's field errors into a form's binding result, so the page shows them
 * beside the fields.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void add(BindingResult result, InvalidInputException ex) {
		for (FieldMessage error : ex.errors()) {
			result.rejectValue(error.field(), error.key(), error.args(), error.key());
		}
	}

}
