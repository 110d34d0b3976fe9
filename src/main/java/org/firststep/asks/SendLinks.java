package org.firststep.asks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.firststep.people.Channel;
import org.firststep.people.Person;

/**
 * The links that hand a message to the person's own phone or mail: a text with the words
 * filled in, a call, an e-mail with the words filled in. FirstStep never sends it itself.
 */
public final class SendLinks {

	private SendLinks() {
	}

	/**
	 * One way to send.
	 *
	 * @param kind {@code sms}, {@code call} or {@code email}
	 * @param href the link
	 * @param contact the number or address, as written
	 */
	public record SendLink(String kind, String href, String contact) {
	}

	static List<SendLink> of(Person person, String message, String subject) {
		List<SendLink> links = new ArrayList<>();
		String body = (message == null) ? "" : encode(message);
		person.channel("sms")
			.ifPresent((sms) -> links.add(new SendLink("sms", "sms:" + digits(sms) + "?body=" + body, sms.value())));
		person.channel("phone").ifPresent((phone) -> {
			if (person.channel("sms").isEmpty()) {
				links.add(new SendLink("sms", "sms:" + digits(phone) + "?body=" + body, phone.value()));
			}
			links.add(new SendLink("call", "tel:" + digits(phone), phone.value()));
		});
		person.channel("email")
			.ifPresent((email) -> links.add(new SendLink("email",
					"mailto:" + email.value() + "?subject=" + encode(subject) + "&body=" + body, email.value())));
		return links;
	}

	private static String digits(Channel channel) {
		return channel.value().replaceAll("[^0-9+]", "");
	}

	/** Percent-encoding for URIs: spaces as %20, not +, which phones would show. */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
