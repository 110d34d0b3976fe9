package org.firststep.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How FirstStep's e-mails are signed.
 *
 * @param from the sender address ({@code FIRSTSTEP_MAIL_FROM})
 */
@ConfigurationProperties("firststep.mail")
public record MailProperties(@DefaultValue("FirstStep <no-reply@localhost>") String from) {
}
