package org.firststep.host;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail of the outbox, opened.
 *
 * @param file its file's name
 * @param from its sender, or null
 * @param to its recipients, or null
 * @param subject its subject, or null
 * @param date its {@code Date} header, or null
 * @param body its plain text, in pieces of text and links
 */
public record OutboxMail(String file, String from, String to, String subject, Instant date, List<TextPart> body) {
}
