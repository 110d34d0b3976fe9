package org.firststep.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.AccountService;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;

/** The check-ins of one account; every method touches only that account's rows. */
@Service
public class CheckinService {

	private final CheckinRepository checkins;

	private final AccountService accounts;

	private final Clock clock;

	CheckinService(CheckinRepository checkins, AccountService accounts, Clock clock) {
		this.checkins = checkins;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Today in the person's time zone. */
	public LocalDate today(String accountId) {
		ZoneId zone = this.accounts.get(accountId).timeZone();
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * Saves the day's check-in; a second one that day replaces the first.
	 * @throws InvalidInputException for a day still to come
	 */
	@Transactional
	public Saved record(String accountId, CheckinInput input) {
		LocalDate today = today(accountId);
		LocalDate day = (input.day() != null) ? input.day() : today;
		if (day.isAfter(today)) {
			throw new InvalidInputException(new FieldMessage("date", "checkins.date.future"));
		}
		String note = (input.note() == null || input.note().isBlank()) ? null : input.note().strip();
		Optional<Checkin> existing = this.checkins.findDay(accountId, day);
		Checkin checkin = new Checkin(existing.map(Checkin::id).orElseGet(Ids::newId), day, input.mood(),
				input.energy(), input.sleepHours(), input.signs(), note, this.clock.instant());
		if (existing.isPresent()) {
			this.checkins.update(accountId, checkin);
		}
		else {
			this.checkins.insert(accountId, checkin, this.clock.millis());
		}
		return new Saved(checkin, existing.isPresent());
	}

	public Optional<Checkin> onDay(String accountId, LocalDate day) {
		return this.checkins.findDay(accountId, day);
	}

	/** Check-ins from one day to another, both included, newest first. */
	public List<Checkin> between(String accountId, LocalDate from, LocalDate to) {
		return this.checkins.between(accountId, from, to);
	}

	/**
	 * The same, at most {@code count} after the one with id {@code cursor} (from the
	 * newest when null), read from the database page by page; empty when the cursor is
	 * not one of them.
	 */
	public Optional<List<Checkin>> page(String accountId, LocalDate from, LocalDate to, String cursor, int count) {
		return this.checkins.page(accountId, from, to, cursor, count);
	}

	/** The check-ins of the last {@code days} days, today included, newest first. */
	public List<Checkin> lastDays(String accountId, int days) {
		LocalDate today = today(accountId);
		return between(accountId, today.minusDays(days - 1L), today);
	}

	/**
	 * A saved check-in.
	 *
	 * @param checkin what is stored now
	 * @param replaced whether it replaced that day's earlier one
	 */
	public record Saved(Checkin checkin, boolean replaced) {
	}

}
