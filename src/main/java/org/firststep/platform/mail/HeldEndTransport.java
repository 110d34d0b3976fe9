package org.firststep.platform.mail;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport with one step added: it writes a message's whole DATA, then
 * runs {@link #beforeEnd} (which records the mail as sent) and only then writes the final
 * {@code .} that makes the server accept it. A server drops a message whose connection
 * closes before that dot, so an instance killed at any moment before the record leaves
 * the mail queued and unsent, and a kill after it has already handed the dot on: a mail
 * arrives once, neither twice nor not at all, but for a kill in the microseconds between
 * the record's commit and the write of five bytes. When the record fails (the database is
 * gone, or another instance has taken the mail over), the connection is dropped before
 * the dot, so that the server drops the message. Chosen by {@code mail.smtp.class}.
 */
public class HeldEndTransport extends SMTPTransport {

	private static final ThreadLocal<Runnable> BEFORE_END = new ThreadLocal<>();

	public HeldEndTransport(Session session, URLName name) {
		super(session, name, "smtp", false);
	}

	/**
	 * Runs the work on this thread just before the message being sent is completed; not
	 * at all when the send fails before that.
	 */
	static void beforeEnd(Runnable work) {
		BEFORE_END.set(work);
	}

	static void clear() {
		BEFORE_END.remove();
	}

	@Override
	protected void finishData() throws IOException, MessagingException {
		Runnable work = BEFORE_END.get();
		BEFORE_END.remove();
		if (work != null) {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				// Angus Mail drops the connection on an IOException, so the message is
				// not sent.
				throw new IOException("The mail could not be recorded as sent, so it is not completed", ex);
			}
		}
		super.finishData();
	}

}
