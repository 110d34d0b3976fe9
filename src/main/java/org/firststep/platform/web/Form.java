package org.firststep.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form record as a template shows it: each field's value (what the person typed, even
 * when it was wrong) and its error in the page's language.
 */
public final class Form {

	private final Object target;

	private final BindingResult result;

	private final MessageSource messages;

	private final Locale locale;

	Form(Object target, BindingResult result, MessageSource messages, Locale locale) {
		this.target = target;
		this.result = result;
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The value to show in the field: what was typed, else what is stored, else empty.
	 */
	public String value(String field) {
		if (this.result != null) {
			FieldError error = this.result.getFieldError(field);
			if (error != null) {
				return (error.getRejectedValue() != null) ? error.getRejectedValue().toString() : "";
			}
		}
		Object value = read(field);
		return (value != null) ? value.toString() : "";
	}

	/**
	 * Whether a list field (checkboxes) or a single field (radio buttons) holds this
	 * value.
	 */
	public boolean holds(String field, String value) {
		Object current = (this.result != null && this.result.getFieldError(field) != null)
				? this.result.getFieldError(field).getRejectedValue() : read(field);
		if (current instanceof java.util.Collection<?> values) {
			return values.stream().anyMatch((item) -> String.valueOf(item).equals(value));
		}
		if (current instanceof Object[] values) {
			return java.util.Arrays.stream(values).anyMatch((item) -> String.valueOf(item).equals(value));
		}
		return current != null && String.valueOf(current).equals(value);
	}

	public boolean hasError(String field) {
		return this.result != null && this.result.hasFieldErrors(field);
	}

	/** What to fix in this field, in the page's language, or null. */
	public String error(String field) {
		if (!hasError(field)) {
			return null;
		}
		return this.messages.getMessage(this.result.getFieldError(field), this.locale);
	}

	/** Errors about the whole form, in the page's language. */
	public List<String> globalErrors() {
		if (this.result == null) {
			return List.of();
		}
		return this.result.getGlobalErrors()
			.stream()
			.map((error) -> this.messages.getMessage(error, this.locale))
			.toList();
	}

	private Object read(String field) {
		if (this.target == null && this.result != null) {
			// A record that could not be built (a value of the wrong type): what was
			// sent.
			try {
				return this.result.getFieldValue(field);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}
		if (this.target == null || !this.target.getClass().isRecord()) {
			return null;
		}
		for (RecordComponent component : this.target.getClass().getRecordComponents()) {
			if (component.getName().equals(field)) {
				try {
					// Form records are package-private in their feature; their accessors
					// are public.
					var accessor = component.getAccessor();
					accessor.setAccessible(true);
					return accessor.invoke(this.target);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Cannot read " + field, ex);
				}
			}
		}
		throw new IllegalArgumentException("No field " + field + " on " + this.target.getClass().getSimpleName());
	}

}
