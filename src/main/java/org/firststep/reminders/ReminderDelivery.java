package org.firststep.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.platform.mail.MailQueue;
import org.firststep.platform.persistence.Database;
import org.firststep.platform.persistence.Rows;

/**
 * Delivers the reminders that are due, on a thread of its own: every
 * {@code firststep.reminders.poll}, and right after a transaction that made one due now.
 * Due rows are claimed in batches, each batch in one transaction that also writes their
 * in-app entries and queues their e-mails, and then deletes each row or moves it to its
 * next time. On PostgreSQL the claim skips rows another instance holds
 * ({@code FOR UPDATE SKIP LOCKED}); SQLite has a single writer. So a reminder is
 * delivered once however many instances run, and an instance killed midway loses nothing:
 * its transaction rolls back and the rows are claimed again.
 */
@Component
class ReminderDelivery implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

	static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final Database database;

	private final TransactionOperations transactions;

	private final AccountService accounts;

	private final ReminderSettingsRepository settings;

	private final NotificationRepository notifications;

	private final ReminderMail mails;

	private final MailQueue mail;

	private final ReminderProperties properties;

	private final Clock clock;

	private final AtomicBoolean pending = new AtomicBoolean();

	private ScheduledExecutorService worker;

	ReminderDelivery(JdbcClient jdbc, Database database, TransactionOperations transactions, AccountService accounts,
			ReminderSettingsRepository settings, NotificationRepository notifications, ReminderMail mails,
			MailQueue mail, ReminderProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.database = database;
		this.transactions = transactions;
		this.accounts = accounts;
		this.settings = settings;
		this.notifications = notifications;
		this.mails = mails;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Asks for a delivery once the caller's transaction commits, or at once without one.
	 */
	void afterCommit() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					soon();
				}
			});
		}
		else {
			soon();
		}
	}

	private void soon() {
		ScheduledExecutorService current = this.worker;
		if (current != null && this.pending.compareAndSet(false, true)) {
			current.execute(this::deliverAll);
		}
	}

	/** Delivers batches until none is left that is due. */
	void deliverAll() {
		this.pending.set(false);
		try {
			while (deliverBatch() == BATCH) {
				// another full batch may be waiting
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not deliver reminders ({}); trying again in {}", ex.getClass().getSimpleName(),
					this.properties.poll());
		}
	}

	/**
	 * @return how many due rows this batch claimed
	 */
	int deliverBatch() {
		Integer claimed = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<Due> due = this.jdbc
				.sql("SELECT id, account_id, kind, subject_id, planned_at, useful_until, link FROM reminder"
						+ " WHERE due_at <= ? ORDER BY due_at LIMIT " + BATCH + this.database.forUpdateSkipLocked())
				.param(now.toEpochMilli())
				.query((row, n) -> new Due(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						Rows.instant(row, "planned_at"), Rows.instant(row, "useful_until"), row.getString(7)))
				.list();
			Map<String, Receiver> receivers = new HashMap<>();
			for (Due reminder : due) {
				Receiver receiver = receivers.computeIfAbsent(reminder.accountId(), this::receiver);
				handle(reminder, receiver, now);
			}
			return due.size();
		});
		return (claimed != null) ? claimed : 0;
	}

	private Receiver receiver(String accountId) {
		ReminderSettings chosen = this.settings.find(accountId);
		return new Receiver(this.accounts.find(accountId).orElse(null), chosen,
				chosen.email() ? this.settings.unsubscribeKeyFor(accountId) : null);
	}

	private void handle(Due reminder, Receiver receiver, Instant now) {
		Optional<ReminderKind> kind = ReminderKind.of(reminder.kind());
		if (kind.isEmpty() || receiver.account() == null || now.isAfter(reminder.usefulUntil())
				|| !receiver.settings().isOn(kind.get().setting())) {
			next(reminder, kind.orElse(null), receiver, now);
			return;
		}
		boolean paused = receiver.settings().isPaused(now);
		if (paused && kind.get().isNudge()) {
			next(reminder, kind.get(), receiver, now);
			return;
		}
		Optional<Instant> quietUntil = receiver.settings().quietUntil(now, receiver.account().timeZone());
		if (quietUntil.isPresent() && !paused) {
			this.jdbc.sql("UPDATE reminder SET due_at = ? WHERE id = ?")
				.params(quietUntil.get().toEpochMilli(), reminder.id())
				.update();
			return;
		}
		this.notifications.insert(reminder.accountId(), reminder.kind(), reminder.link(), reminder.plannedAt(), now);
		if (receiver.settings().email() && !paused) {
			this.mail.send(this.mails.of(receiver.account(), receiver.unsubscribeKey(), kind.get(), reminder.link(),
					reminder.plannedAt(), now), reminder.usefulUntil());
		}
		next(reminder, kind.get(), receiver, now);
	}

	/** Moves a repeating reminder to its next time, and removes any other. */
	private void next(Due reminder, ReminderKind kind, Receiver receiver, Instant now) {
		Optional<Instant> next = (kind == null || receiver.account() == null) ? Optional.empty()
				: Repeats.next(kind, reminder.plannedAt(), receiver.settings(), receiver.account().timeZone(), now);
		if (next.isEmpty() || !receiver.settings().isOn(kind.setting())) {
			this.jdbc.sql("DELETE FROM reminder WHERE id = ?").param(reminder.id()).update();
			return;
		}
		this.jdbc.sql("UPDATE reminder SET due_at = ?, planned_at = ?, useful_until = ? WHERE id = ?")
			.params(next.get().toEpochMilli(), next.get().toEpochMilli(),
					next.get().plus(kind.usefulFor()).toEpochMilli(), reminder.id())
			.update();
	}

	@Override
	public synchronized void start() {
		if (this.worker != null) {
			return;
		}
		this.worker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "reminders");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.poll().toMillis();
		this.worker.scheduleWithFixedDelay(this::deliverAll, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.worker != null) {
			this.worker.shutdownNow();
			try {
				this.worker.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.worker = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.worker != null;
	}

	/**
	 * A due row.
	 *
	 * @param id the row
	 * @param accountId the receiver
	 * @param kind the kind's API name
	 * @param subjectId what it is about
	 * @param plannedAt the time it was for
	 * @param usefulUntil after this it is dropped unsent
	 * @param link the path it opens
	 */
	private record Due(String id, String accountId, String kind, String subjectId, Instant plannedAt,
			Instant usefulUntil, String link) {
	}

	/**
	 * Whom a batch delivers to, read once per batch.
	 *
	 * @param account the receiver, or null once deleted
	 * @param settings their choices
	 * @param unsubscribeKey the key of their e-mails' unsubscribe links, or null without
	 * e-mail
	 */
	private record Receiver(Account account, ReminderSettings settings, String unsubscribeKey) {
	}

}
