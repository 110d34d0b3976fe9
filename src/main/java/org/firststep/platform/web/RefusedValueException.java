package org.firststep.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value of the right type that FirstStep still cannot take, with the message key
 * that says why; Jackson adds the field's path on its way out. The value itself stays out
 * of the message, which may be logged.
 */
class RefusedValueException extends InvalidFormatException {

	private final String key;

	RefusedValueException(JsonParser parser, String key, Class<?> type) {
		super(parser, "refused value: " + key, null, type);
		this.key = key;
	}

	String key() {
		return this.key;
	}

}
