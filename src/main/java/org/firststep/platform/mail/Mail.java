package org.firststep.platform.mail;

/**
 * One e-mail: plain text, to one person. Its body is never logged.
 *
 * @param to the address
 * @param subject the subject line
 * @param text the body
 * @param unsubscribe the one-click unsubscribe address (RFC 8058) of a reminder, or null
 * for a mail the person asked for (a sign-up or fresh-start link)
 */
public record Mail(String to, String subject, String text, String unsubscribe) {

	/** A mail the person asked for, with no unsubscribe address. */
	public Mail(String to, String subject, String text) {
		this(to, subject, text, null);
	}

}
