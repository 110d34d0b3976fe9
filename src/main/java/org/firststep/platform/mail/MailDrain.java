package org.firststep.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends what the {@link MailQueue} holds, on a thread of its own and outside any
 * transaction: right after a queuing transaction commits, and every
 * {@code firststep.mail.retry-after} for mail that failed or that another instance left
 * behind. A row is first claimed with one conditional UPDATE, so on several instances
 * exactly one sends it. A row is deleted as its mail is handed over, just before the SMTP
 * server is told to accept it ({@link HeldEndTransport}): an instance that stops before
 * that leaves a message the server drops and a row whose claim runs out, so another
 * instance sends it; one that stops after it has handed it over. So a person gets each
 * mail once.
 */
@Component
class MailDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailDrain.class);

	static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private static final int BATCH = 100;

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

	/**
	 * Sends every due mail, oldest first, a batch at a time over one SMTP connection,
	 * until a batch has a mail that failed.
	 */
	void drain() {
		this.pending.set(false);
		try {
			List<Queued> due;
			do {
				due = this.jdbc
					.sql("SELECT id, recipient, subject, body, attempts, expires_at, unsubscribe FROM mail_queue"
							+ " WHERE not_before <= ? ORDER BY not_before LIMIT " + BATCH)
					.param(this.clock.millis())
					.query((row, n) -> new Queued(row.getString(1),
							new Mail(row.getString(2), row.getString(3), row.getString(4), row.getString(7)),
							row.getInt(5), row.getLong(6)))
					.list();
				List<Queued> claimed = new ArrayList<>();
				for (Queued mail : due) {
					if (claim(mail)) {
						claimed.add(mail);
					}
				}
				if (!deliver(claimed)) {
					return;
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
	 * Claims the row for this instance, dropping it when its link has expired.
	 * @return whether this instance is to send it
	 */
	private boolean claim(Queued queued) {
		long now = this.clock.millis();
		int claimed = this.jdbc
			.sql("UPDATE mail_queue SET not_before = ?, attempts = attempts + 1"
					+ " WHERE id = ? AND attempts = ? AND not_before <= ?")
			.params(now + this.properties.claim().toMillis(), queued.id(), queued.attempts(), now)
			.update();
		if (claimed == 0) {
			return false;
		}
		if (queued.expiresAt() <= now) {
			remove(queued);
			log.warn("An e-mail was dropped unsent after {} attempts: the link in it has expired", queued.attempts());
			return false;
		}
		return true;
	}

	/**
	 * @return false when a send failed and the rest should wait for the next round
	 */
	private boolean deliver(List<Queued> claimed) {
		if (claimed.isEmpty()) {
			return true;
		}
		Set<Integer> removed = new HashSet<>();
		Map<Integer, RuntimeException> failures = this.mailer.sendAll(claimed.stream().map(Queued::mail).toList(),
				(index) -> {
					handOver(claimed.get(index));
					removed.add(index);
				});
		boolean allSent = true;
		for (int i = 0; i < claimed.size(); i++) {
			Queued queued = claimed.get(i);
			RuntimeException failure = failures.get(i);
			if (failure == null) {
				continue;
			}
			if (failure instanceof Mailer.UnbuildableMailException unbuildable) {
				remove(queued);
				log.warn("An e-mail was dropped: it could not be made into a message ({})",
						unbuildable.getCause().getClass().getSimpleName());
				continue;
			}
			if (takenOver(failure)) {
				log.info("An e-mail was left to the instance that claimed it after this one");
				allSent = false;
				continue;
			}
			int attempt = queued.attempts() + 1;
			Duration wait = waitAfter(attempt);
			if (removed.contains(i)) {
				requeue(queued, attempt, this.clock.millis() + wait.toMillis());
			}
			else {
				this.jdbc.sql("UPDATE mail_queue SET not_before = ? WHERE id = ? AND attempts = ?")
					.params(this.clock.millis() + wait.toMillis(), queued.id(), attempt)
					.update();
			}
			log.warn("An e-mail could not be sent ({}, attempt {}); it is tried again in {} s",
					failure.getClass().getSimpleName(), attempt, wait.toSeconds());
			allSent = false;
		}
		return allSent;
	}

	/** Whether the send stopped because another instance had claimed the mail since. */
	private static boolean takenOver(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ClaimLostException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Puts back a mail whose row went as it was handed over, when the server then did not
	 * confirm it.
	 */
	private void requeue(Queued queued, int attempts, long notBefore) {
		long now = this.clock.millis();
		this.jdbc
			.sql("INSERT INTO mail_queue (id, recipient, subject, body, unsubscribe, attempts, not_before, expires_at,"
					+ " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(queued.id(), queued.mail().to(), queued.mail().subject(), queued.mail().text(),
					queued.mail().unsubscribe(), attempts, notBefore, queued.expiresAt(), now)
			.update();
	}

	/**
	 * Removes the row of a mail about to be completed, if this instance's claim on it
	 * still holds: a claim that ran out while the batch was being sent may have been
	 * taken by another instance, which then sends the mail instead.
	 * @throws ClaimLostException when another instance has claimed the mail since
	 */
	private void handOver(Queued queued) {
		int removed = this.jdbc.sql("DELETE FROM mail_queue WHERE id = ? AND attempts = ?")
			.params(queued.id(), queued.attempts() + 1)
			.update();
		if (removed == 0) {
			throw new ClaimLostException();
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

	/** Another instance claimed the mail after this one: it is theirs to send. */
	static final class ClaimLostException extends RuntimeException {

		ClaimLostException() {
			super("Another instance has taken this mail over", null, false, false);
		}

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
