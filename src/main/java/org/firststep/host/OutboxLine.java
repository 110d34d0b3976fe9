package org.firststep.host;

import java.time.Instant;

/**
 * One e-mail in the outbox list.
 *
 * @param file its file's name, the last part of its address
 * @param writtenAt when FirstStep wrote it
 * @param to its recipients, or null
 * @param subject its subject, or null
 * @param readable false when the file does not read as an e-mail
 */
public record OutboxLine(String file, Instant writtenAt, String to, String subject, boolean readable) {
}
