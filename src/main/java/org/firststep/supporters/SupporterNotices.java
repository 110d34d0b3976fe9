package org.firststep.supporters;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.AccountService;
import org.firststep.asks.Ask;
import org.firststep.asks.AskPlanned;
import org.firststep.asks.AskSent;
import org.firststep.asks.AskService;
import org.firststep.reminders.Occurrences;
import org.firststep.reminders.ReminderKind;
import org.firststep.reminders.Reminders;

/**
 * What the two sides of a link learn, through reminders, in the transaction of the
 * change: a supporter, that an ask was addressed to them, that the person would like a
 * check-in (at once, not at their next check-in day), and their own weekly check-in day
 * at nine in their time zone; the person, that a supporter answered an ask or made an
 * offer. None of it carries a word of what was shared.
 */
@Component
class SupporterNotices {

	static final LocalTime RHYTHM_TIME = LocalTime.of(9, 0);

	private final SupporterRepository repository;

	private final Reminders reminders;

	private final AccountService accounts;

	private final AskService asks;

	private final Clock clock;

	SupporterNotices(SupporterRepository repository, Reminders reminders, AccountService accounts, AskService asks,
			Clock clock) {
		this.repository = repository;
		this.reminders = reminders;
		this.accounts = accounts;
		this.asks = asks;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void statusChanged(StatusService.StatusChanged event) {
		for (SupporterLink link : this.repository.linksOfOwner(event.accountId())) {
			if (!link.allows(Scope.STATUS)) {
				continue;
			}
			if (event.status() == PersonStatus.PLEASE_CHECK_IN) {
				this.reminders.now(link.supporterAccountId(), ReminderKind.SUPPORTER_CHECK_IN, link.id(),
						supporting(link));
			}
			else {
				this.reminders.cancel(link.supporterAccountId(), ReminderKind.SUPPORTER_CHECK_IN, link.id());
			}
		}
	}

	@EventListener
	@Transactional
	void askSent(AskSent event) {
		Ask ask = this.asks.get(event.accountId(), event.askId());
		for (SupporterLink link : this.repository.linksOfOwner(event.accountId())) {
			if (link.allows(Scope.ASKS) && ask.personId() != null && ask.personId().equals(link.personId())) {
				this.reminders.now(link.supporterAccountId(), ReminderKind.SUPPORTER_ASKED, ask.id(), supporting(link));
			}
		}
	}

	/**
	 * An ask named an accountability partner who is one of the person's supporters: they
	 * hear of the plan when it is made or they are chosen, and again at its send-by.
	 */
	@EventListener
	@Transactional
	void askPlanned(AskPlanned event) {
		this.reminders.cancelForEveryone(ReminderKind.PARTNER_SEND_BY, event.askId());
		if (event.partnerPersonId() == null) {
			return;
		}
		for (SupporterLink link : this.repository.linksOfOwner(event.accountId())) {
			if (!event.partnerPersonId().equals(link.personId())) {
				continue;
			}
			if (event.partnerIsNew()) {
				this.reminders.now(link.supporterAccountId(), ReminderKind.PARTNER_PLAN, event.askId(),
						supporting(link));
			}
			if (event.sendBy() != null) {
				this.reminders.schedule(link.supporterAccountId(), ReminderKind.PARTNER_SEND_BY, event.askId(),
						event.sendBy(), supporting(link));
			}
		}
	}

	void answered(SupporterLink link, String askId) {
		this.reminders.now(link.accountId(), ReminderKind.SUPPORTER_ANSWERED, askId, "/asks/" + askId);
	}

	void offered(SupporterLink link, String offerId) {
		this.reminders.now(link.accountId(), ReminderKind.SUPPORTER_OFFERED, offerId, "/supporters#offers");
	}

	/**
	 * The supporter checked in: the person hears of it, and the supporter's reminder of a
	 * "please check in" that has not reached them yet goes.
	 */
	void checkedIn(SupporterLink link) {
		this.reminders.now(link.accountId(), ReminderKind.SUPPORTER_CHECKED_IN, link.id() + ":" + this.clock.millis(),
				"/supporters");
		this.reminders.cancel(link.supporterAccountId(), ReminderKind.SUPPORTER_CHECK_IN, link.id());
	}

	/** The supporter's check-in day, or none. */
	void checkinDay(SupporterLink link, DayOfWeek day) {
		if (day == null) {
			this.reminders.cancel(link.supporterAccountId(), ReminderKind.SUPPORTER_RHYTHM, link.id());
			return;
		}
		this.reminders.schedule(
				link.supporterAccountId(), ReminderKind.SUPPORTER_RHYTHM, link.id(), Occurrences.nextWeekly(day,
						RHYTHM_TIME, this.accounts.get(link.supporterAccountId()).timeZone(), this.clock.instant()),
				supporting(link));
	}

	/**
	 * The link is gone: nothing more about it reaches the supporter, neither their rhythm
	 * nor news of an ask or a request for a check-in not yet delivered.
	 */
	void removed(SupporterLink link) {
		this.reminders.cancelLinkingTo(link.supporterAccountId(), supporting(link));
	}

	/**
	 * Check-in days chosen before reminders kept a schedule get their reminder once, on
	 * the first start that has one.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void scheduleEarlierCheckinDays() {
		for (SupporterLink link : this.repository.linksWithCheckinDay()) {
			if (!this.reminders.isScheduled(link.supporterAccountId(), ReminderKind.SUPPORTER_RHYTHM, link.id())) {
				checkinDay(link, DayOfWeek.of(link.checkinDay()));
			}
		}
	}

	private static String supporting(SupporterLink link) {
		return "/supporting/" + link.id();
	}

}
