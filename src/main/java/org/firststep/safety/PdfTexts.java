package org.firststep.safety;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Texts in a PDF's language, for its template.
 *
 * @param messages the message bundles
 * @param locale the language
 */
public record PdfTexts(MessageSource messages, Locale locale) {

	public String t(String key, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, key, this.locale);
	}

	public String lang() {
		return this.locale.getLanguage();
	}

}
