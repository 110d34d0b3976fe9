package org.firststep.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.AccountService;

/**
 * Each person's reminder settings, and the repeating reminders that follow from them: the
 * daily check-in comes at its chosen time while it is on, and the two-week check every
 * fourteen days from the day it was switched on.
 */
@Service
class ReminderChoices {

	static final String SUBJECT = "-";

	private final ReminderSettingsRepository repository;

	private final Reminders reminders;

	private final AccountService accounts;

	private final Clock clock;

	ReminderChoices(ReminderSettingsRepository repository, Reminders reminders, AccountService accounts, Clock clock) {
		this.repository = repository;
		this.reminders = reminders;
		this.accounts = accounts;
		this.clock = clock;
	}

	ReminderSettings get(String accountId) {
		return this.repository.find(accountId);
	}

	@Transactional
	ReminderSettings save(String accountId, ReminderSettings settings) {
		ReminderSettings before = this.repository.find(accountId);
		this.repository.save(accountId, settings);
		ZoneId zone = this.accounts.get(accountId).timeZone();
		Instant now = this.clock.instant();
		if (settings.isOn(Setting.CHECKIN)) {
			if (!before.isOn(Setting.CHECKIN) || !before.checkinTime().equals(settings.checkinTime())) {
				this.reminders.schedule(accountId, ReminderKind.CHECKIN, SUBJECT,
						Occurrences.nextDaily(settings.checkinTime(), zone, now), "/checkins/today");
			}
		}
		else {
			this.reminders.cancel(accountId, ReminderKind.CHECKIN, SUBJECT);
		}
		if (settings.isOn(Setting.ASSESSMENT)) {
			if (!before.isOn(Setting.ASSESSMENT)) {
				LocalDate first = LocalDate.ofInstant(now, zone).plusDays(Repeats.ASSESSMENT_EVERY.toDays());
				this.reminders.schedule(accountId, ReminderKind.ASSESSMENT, SUBJECT,
						Occurrences.at(first, Repeats.ASSESSMENT_TIME, zone), "/assessments");
			}
		}
		else {
			this.reminders.cancel(accountId, ReminderKind.ASSESSMENT, SUBJECT);
		}
		return settings;
	}

	/** Switches one kind off, as an e-mail's unsubscribe link does. */
	@Transactional
	void switchOff(String accountId, Setting setting) {
		ReminderSettings current = this.repository.find(accountId);
		Set<Setting> on = EnumSet.noneOf(Setting.class);
		on.addAll(current.on());
		on.remove(setting);
		save(accountId, new ReminderSettings(on, current.checkinTime(), current.email(), current.quietFrom(),
				current.quietTo(), current.pausedUntil()));
	}

	@Transactional
	void pause(String accountId, Instant until) {
		ReminderSettings current = this.repository.find(accountId);
		this.repository.save(accountId, new ReminderSettings(current.on(), current.checkinTime(), current.email(),
				current.quietFrom(), current.quietTo(), until));
	}

}
