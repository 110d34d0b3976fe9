package org.firststep.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields and request parameters bound as text must be {@link StorableText}: a NUL
 * becomes a field error like any value of the wrong kind, so the form comes back with
 * what was typed and the reason in the person's language ({@code typeMismatch} of a
 * {@code String}), and a parameter answers 400.
 */
@ControllerAdvice
class StorableTextBinding {

	@InitBinder
	void storableTextOnly(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StorableTextEditor());
	}

	private static final class StorableTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && !StorableText.isStorable(text)) {
				throw new IllegalArgumentException("text that cannot be stored");
			}
			setValue(text);
		}

	}

}
