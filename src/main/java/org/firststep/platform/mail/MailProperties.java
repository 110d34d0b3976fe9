package org.firststep.platform.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How FirstStep's e-mails are signed and retried.
 *
 * @param from the sender address ({@code FIRSTSTEP_MAIL_FROM})
 * @param retryAfter how long a mail waits after its first failed send; the wait doubles
 * with each further failure, up to an hour. Also how often each instance looks for mail
 * that is due ({@code FIRSTSTEP_MAIL_RETRY_AFTER})
 * @param claim how long an instance holds the mail it took to send: when it stops, the
 * others send that mail after this. Longer than a batch of a hundred takes to send
 * ({@code FIRSTSTEP_MAIL_CLAIM})
 */
@ConfigurationProperties("firststep.mail")
public record MailProperties(@DefaultValue("FirstStep <no-reply@localhost>") String from,
		@DefaultValue("30s") Duration retryAfter, @DefaultValue("5m") Duration claim) {
}
