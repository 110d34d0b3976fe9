package org.firststep.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number to tap: a call or a text, with the link that starts it.
 *
 * @param number the number as written in the data
 * @param kind {@code call} or {@code text}
 * @param href a {@code tel:} or {@code sms:} link
 */
public record Dial(String number, String kind, String href) {

	private static final Pattern SMS_KEYWORD = Pattern.compile("^\\s*([0-9][0-9 ]*[0-9]|[0-9])\\s*\\(text (\\w+)\\)");

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])(\\d[\\d -]*\\d|\\d)(?![\\w-])");

	static Dial call(String written) {
		return new Dial(written.trim(), "call", "tel:" + digits(written));
	}

	/** A text line; "51444 (text HELP)" becomes a link that fills in HELP. */
	static Dial text(String written) {
		Matcher keyword = SMS_KEYWORD.matcher(written);
		if (keyword.find()) {
			String number = keyword.group(1).trim();
			return new Dial(number, "text", "sms:" + digits(number) + "?body=" + keyword.group(2));
		}
		return new Dial(written.trim(), "text", "sms:" + digits(written));
	}

	/**
	 * The numbers named in an emergency entry such as "999 (112 also works)" or "112 (or
	 * 15 SAMU); SMS 114 for deaf/speech-impaired": each part that mentions SMS gives a
	 * text link, the others call links.
	 */
	static List<Dial> fromEmergency(String written) {
		List<Dial> dials = new ArrayList<>();
		if (written == null) {
			return dials;
		}
		for (String part : written.split("[;,]")) {
			boolean sms = part.contains("SMS");
			Matcher number = NUMBER.matcher(part);
			while (number.find()) {
				String digits = number.group(1).trim();
				dials.add(sms ? new Dial(digits, "text", "sms:" + digits(digits))
						: new Dial(digits, "call", "tel:" + digits(digits)));
			}
		}
		return dials;
	}

	private static String digits(String written) {
		String head = written.contains("(") ? written.substring(0, written.indexOf('(')) : written;
		return head.replaceAll("[^0-9+]", "");
	}

}
