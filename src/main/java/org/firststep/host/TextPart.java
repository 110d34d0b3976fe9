package org.firststep.host;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of an e-mail's plain text: words, or a web address to show as a link. Only
 * {@code http} and {@code https} addresses become links; punctuation that ends a sentence
 * after one stays text.
 *
 * @param text what to show
 * @param link whether it is a web address, also the link's target
 */
public record TextPart(String text, boolean link) {

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"']*[^\\s<>\"'.,;:!?)\\]]");

	/** The text in pieces, in order; joined, they are the text. */
	public static List<TextPart> split(String text) {
		List<TextPart> parts = new ArrayList<>();
		Matcher address = ADDRESS.matcher(text);
		int from = 0;
		while (address.find()) {
			if (address.start() > from) {
				parts.add(new TextPart(text.substring(from, address.start()), false));
			}
			parts.add(new TextPart(address.group(), true));
			from = address.end();
		}
		if (from < text.length()) {
			parts.add(new TextPart(text.substring(from), false));
		}
		return parts;
	}

}
