package org.firststep.asks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import org.firststep.accounts.AccountService;
import org.firststep.reminders.Occurrences;
import org.firststep.reminders.ReminderKind;
import org.firststep.reminders.Reminders;

/**
 * Keeps an ask's reminders in step with it, in the same transaction: its send-by (at the
 * time given, or in the morning of a day given without one) while it waits to go out, and
 * the day after, "how did it go?" while it has no outcome, opening the ask where its
 * outcome is asked for and its backup person offered. Answering, cancelling or deleting
 * the ask removes them at once; editing it moves them.
 */
@Component
class AskReminders {

	static final LocalTime MORNING = LocalTime.of(9, 0);

	static final LocalTime FOLLOW_UP = LocalTime.of(10, 0);

	private final Reminders reminders;

	private final AccountService accounts;

	AskReminders(Reminders reminders, AccountService accounts) {
		this.reminders = reminders;
		this.accounts = accounts;
	}

	/** The ask was made or changed. */
	void planned(String accountId, Ask ask, boolean dayOnly) {
		if (ask.sendBy() == null || ask.status() == AskStatus.ANSWERED || ask.status() == AskStatus.CANCELLED) {
			closed(accountId, ask.id());
			return;
		}
		ZoneId zone = this.accounts.get(accountId).timeZone();
		LocalDate day = LocalDate.ofInstant(ask.sendBy(), zone);
		String link = "/asks/" + ask.id();
		if (ask.isOpen()) {
			Instant at = dayOnly ? Occurrences.at(day, MORNING, zone) : ask.sendBy();
			this.reminders.schedule(accountId, ReminderKind.ASK_SEND_BY, ask.id(), at, link);
		}
		else {
			this.reminders.cancel(accountId, ReminderKind.ASK_SEND_BY, ask.id());
		}
		this.reminders.schedule(accountId, ReminderKind.ASK_FOLLOW_UP, ask.id(),
				Occurrences.at(day.plusDays(1), FOLLOW_UP, zone), link + "#outcome");
	}

	/**
	 * The ask went out: no more reminder to send it, for the person or their partner; the
	 * follow-up stays.
	 */
	void sent(String accountId, String askId) {
		this.reminders.cancel(accountId, ReminderKind.ASK_SEND_BY, askId);
		this.reminders.cancelForEveryone(ReminderKind.PARTNER_SEND_BY, askId);
	}

	/**
	 * The ask has an outcome, was cancelled or deleted: its reminders go, the partner's
	 * too.
	 */
	void closed(String accountId, String askId) {
		this.reminders.cancel(accountId, ReminderKind.ASK_SEND_BY, askId);
		this.reminders.cancel(accountId, ReminderKind.ASK_FOLLOW_UP, askId);
		this.reminders.cancelForEveryone(ReminderKind.PARTNER_SEND_BY, askId);
	}

}
