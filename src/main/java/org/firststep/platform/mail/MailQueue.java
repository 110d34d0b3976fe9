package org.firststep.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.firststep.platform.persistence.Ids;

/**
 * The way every e-mail of FirstStep leaves: written to the {@code mail_queue} table in
 * the transaction of the change that causes it, and sent by {@link MailDrain} once that
 * transaction has committed, outside any transaction. So a slow or absent SMTP server
 * never holds a database lock or a request, a rolled-back change sends nothing, and a
 * failed send is tried again until what the mail links to has expired.
 */
@Component
public class MailQueue {

	/** The table, for clearing what an account's deletion leaves in it. */
	public static final String TABLE = "mail_queue";

	private final JdbcClient jdbc;

	private final MailDrain drain;

	private final Mailer mailer;

	private final Clock clock;

	MailQueue(JdbcClient jdbc, MailDrain drain, Mailer mailer, Clock clock) {
		this.jdbc = jdbc;
		this.drain = drain;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Queues the mail in the caller's transaction; it is sent when that commits, or at
	 * once when there is none.
	 * @param usefulUntil when its link stops working: a mail not sent by then is dropped
	 */
	public void send(Mail mail, Instant usefulUntil) {
		long now = this.clock.millis();
		this.jdbc
			.sql("INSERT INTO mail_queue (id, recipient, subject, body, unsubscribe, attempts, not_before, expires_at,"
					+ " created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)")
			.params(Ids.newId(), mail.to(), mail.subject(), mail.text(), mail.unsubscribe(), now,
					usefulUntil.toEpochMilli(), now)
			.update();
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MailQueue.this.drain.soon();
				}
			});
		}
		else {
			this.drain.soon();
		}
	}

	/**
	 * Whether mail reaches people: an SMTP server is configured. Without one, mail lands
	 * as files in the outbox folder of the data directory, for whoever runs the instance.
	 */
	public boolean reachesPeople() {
		return this.mailer.sendsOverSmtp();
	}

	/**
	 * Removes the mail still waiting for the address, in the queue and in the outbox
	 * folder, when its account is deleted: it names the person, and its links no longer
	 * work. A mail being sent at this very moment still goes.
	 */
	public void forget(String address) {
		this.jdbc.sql("DELETE FROM mail_queue WHERE lower(recipient) = ?")
			.param(address.toLowerCase(Locale.ROOT))
			.update();
		this.mailer.forget(address);
	}

}
