package org.firststep.platform.web;

import org.springframework.validation.BindingResult;

/**
 * Puts a service's field errors into a form's binding result, so the page shows them
 * beside the fields.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void add(BindingResult result, InvalidInputException ex) {
		for (FieldMessage error : ex.errors()) {
			result.rejectValue(error.field(), error.key(), error.args(), error.key());
		}
	}

}
