package org.firststep.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import org.firststep.accounts.Account;
import org.firststep.platform.mail.Mail;
import org.firststep.platform.web.SiteAddress;

/**
 * The e-mail of a reminder, in the receiver's language. Its words come from the kind
 * alone and name nothing private: no one from the network, no ask, no status, no health
 * word; only that there is a reminder, or that someone would like a check-in, with a link
 * into FirstStep. It carries a one-click unsubscribe for its kind and nothing that
 * tracks.
 */
@Component
class ReminderMail {

	/** Later than this, the e-mail says what time it was for. */
	static final Duration LATE = Duration.ofMinutes(10);

	private final MessageSource messages;

	private final SiteAddress site;

	ReminderMail(MessageSource messages, SiteAddress site) {
		this.messages = messages;
		this.site = site;
	}

	/**
	 * @param key the receiver's unsubscribe key, which the deliverer reads once a batch
	 */
	Mail of(Account receiver, String key, ReminderKind kind, String link, Instant plannedAt, Instant now) {
		String base = this.site.baseUrl().toString().replaceAll("/$", "");
		String subject = text(receiver,
				kind.isCheckInRequest() ? "reminders.mail.subject.checkIn" : "reminders.mail.subject");
		StringBuilder body = new StringBuilder();
		body.append(subject).append("\n\n").append(text(receiver, "reminders.mail.open")).append('\n');
		body.append(base).append(link).append("\n\n");
		if (Duration.between(plannedAt, now).compareTo(LATE) > 0) {
			String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(receiver.locale())
				.format(plannedAt.atZone(receiver.timeZone()));
			body.append(text(receiver, "reminders.mail.late", when)).append("\n\n");
		}
		body.append(text(receiver, "reminders.mail.why")).append('\n');
		body.append(text(receiver, "reminders.mail.stop"))
			.append('\n')
			.append(address(base + "/unsubscribe", key, kind))
			.append('\n');
		body.append(text(receiver, "reminders.mail.settings")).append('\n').append(base).append("/settings/reminders");
		body.append("\n\n").append(text(receiver, "reminders.mail.notEmergency")).append('\n');
		return new Mail(receiver.email(), subject, body.toString(),
				address(base + UnsubscribeController.ONE_CLICK, key, kind));
	}

	private static String address(String path, String key, ReminderKind kind) {
		return UriComponentsBuilder.fromUriString(path)
			.queryParam("key", key)
			.queryParam("kind", kind.setting().apiName())
			.build()
			.toUriString();
	}

	private String text(Account receiver, String key, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, receiver.locale());
	}

}
