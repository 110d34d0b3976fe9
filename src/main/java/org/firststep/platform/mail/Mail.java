package org.firststep.platform.mail;

/**
 * One e-mail: plain text, to one person. Its body is never logged.
 *
 * @param to the address
 * @param subject the subject line
 * @param text the body
 */
public record Mail(String to, String subject, String text) {
}
