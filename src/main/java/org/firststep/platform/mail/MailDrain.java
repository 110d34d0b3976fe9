package org.firststep.platform.mail;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends what the {@link MailQueue} holds, on a thread of its own and outside any
 * transaction: right after a queuing transaction commits, and every
 * {@code firststep.mail.retry-after} for mail that failed or that another instance left
 * behind. A row is first claimed with one conditional UPDATE, so on several instances
 * exactly one sends it; a sent row is deleted at once. If an instance stops during a
 * send, the claim runs out and another instance sends the mail again: a person may then
 * get it twice, never not at all.
 */
@Component
class MailDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailDrain.class);

	/**
	 * Longer than any send can take with the 10 s SMTP timeouts of
	 * application.properties.
	 */
	static final Duration CLAIM = Duration.ofMinutes(5);

	static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MailProperties properties;

	private final Clock clock;

	private final AtomicBoolean pending = new AtomicBoolean();

	private ScheduledExecutorService worker;

	MailDrain(JdbcClient jdbc, Mailer mailer, MailProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Asks for a drain on the mail thread and returns at once. Requests that arrive while
	 * one is waiting to run join it: it reads every row that is due when it starts.
	 */
	void soon() {
		ScheduledExecutorService current = this.worker;
		if (current != null && this.pending.compareAndSet(false, true)) {
			current.execute(this::drain);
		}
	}

	/** Sends every due mail, oldest first, until one fails. */
	void drain() {
		this.pending.set(false);
		try {
			List<Queued> due;
			do {
				due = this.jdbc
					.sql("SELECT id, recipient, subject, body, attempts, expires_at FROM mail_queue"
							+ " WHERE not_before <= ? ORDER BY not_before LIMIT " + BATCH)
					.param(this.clock.millis())
					.query((row, n) -> new Queued(row.getString(1),
							new Mail(row.getString(2), row.getString(3), row.getString(4)), row.getInt(5),
							row.getLong(6)))
					.list();
				for (Queued mail : due) {
					if (!deliver(mail)) {
						return;
					}
				}
			}
			while (due.size() == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the mail queue ({}); trying again in {}", ex.getClass().getSimpleName(),
					this.properties.retryAfter());
		}
	}

	/**
	 * @return false when the send failed and the rest should wait for the next round
	 */
	private boolean deliver(Queued queued) {
		long now = this.clock.millis();
		int claimed = this.jdbc
			.sql("UPDATE mail_queue SET not_before = ?, attempts = attempts + 1 WHERE id = ? AND not_before <= ?")
			.params(now + CLAIM.toMillis(), queued.id(), now)
			.update();
		if (claimed == 0) {
			return true;
		}
		int attempt = queued.attempts() + 1;
		if (queued.expiresAt() <= now) {
			remove(queued);
			log.warn("An e-mail was dropped unsent after {} attempts: the link in it has expired", attempt - 1);
			return true;
		}
		try {
			this.mailer.send(queued.mail());
			remove(queued);
			return true;
		}
		catch (Mailer.UnbuildableMailException ex) {
			remove(queued);
			log.warn("An e-mail was dropped: it could not be made into a message ({})",
					ex.getCause().getClass().getSimpleName());
			return true;
		}
		catch (MailException | UncheckedIOException ex) {
			Duration wait = waitAfter(attempt);
			this.jdbc.sql("UPDATE mail_queue SET not_before = ? WHERE id = ?")
				.params(this.clock.millis() + wait.toMillis(), queued.id())
				.update();
			log.warn("An e-mail could not be sent ({}, attempt {}); it is tried again in {} s",
					ex.getClass().getSimpleName(), attempt, wait.toSeconds());
			return false;
		}
	}

	private void remove(Queued queued) {
		this.jdbc.sql("DELETE FROM mail_queue WHERE id = ?").param(queued.id()).update();
	}

	/** The retry interval, doubled for each failure after the first, up to an hour. */
	Duration waitAfter(int failures) {
		Duration wait = this.properties.retryAfter();
		for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	@Override
	public synchronized void start() {
		if (this.worker != null) {
			return;
		}
		this.worker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "mail-queue");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.retryAfter().toMillis();
		this.worker.scheduleWithFixedDelay(this::drain, 0, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.worker != null) {
			this.worker.shutdownNow();
			this.worker = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.worker != null;
	}

	/**
	 * A row of the queue.
	 *
	 * @param id the row
	 * @param mail the mail
	 * @param attempts sends tried so far
	 * @param expiresAt when its link stops working, epoch milliseconds
	 */
	private record Queued(String id, Mail mail, int attempts, long expiresAt) {
	}

}
