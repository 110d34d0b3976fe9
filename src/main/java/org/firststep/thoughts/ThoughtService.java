package org.firststep.thoughts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.firststep.asks.AskService;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;

/** The thought records of one account; every method touches only its rows. */
@Service
public class ThoughtService {

	private final ThoughtRecordRepository records;

	private final AskService asks;

	private final Clock clock;

	ThoughtService(ThoughtRecordRepository records, AskService asks, Clock clock) {
		this.records = records;
		this.asks = asks;
		this.clock = clock;
	}

	public List<ThoughtRecord> list(String accountId) {
		return this.records.findAll(accountId);
	}

	/**
	 * At most {@code count} records after the one with id {@code cursor} (from the newest
	 * when null), newest first, read from the database page by page; empty when the
	 * cursor is not one of the account's.
	 */
	public Optional<List<ThoughtRecord>> page(String accountId, String cursor, int count) {
		return this.records.page(accountId, cursor, count);
	}

	public ThoughtRecord get(String accountId, String id) {
		return this.records.find(accountId, id).orElseThrow(NotFoundException::new);
	}

	public ThoughtRecord add(String accountId, ThoughtRecord given) {
		check(accountId, given);
		Instant now = this.clock.instant();
		ThoughtRecord record = clean(given, Ids.newId(), now, now);
		this.records.insert(accountId, record);
		return record;
	}

	public ThoughtRecord change(String accountId, String id, ThoughtRecord given) {
		ThoughtRecord current = get(accountId, id);
		check(accountId, given);
		ThoughtRecord record = clean(given, id, current.createdAt(), this.clock.instant());
		this.records.update(accountId, record);
		return record;
	}

	public void remove(String accountId, String id) {
		if (!this.records.delete(accountId, id)) {
			throw new NotFoundException();
		}
	}

	/** The ask must be the person's own, or the record cannot name it. */
	void check(String accountId, ThoughtRecord record) {
		if (record.automaticThought() == null || record.automaticThought().isBlank()) {
			throw new InvalidInputException(new FieldMessage("automaticThought", "thoughts.thought.required"));
		}
		if (record.askId() != null && this.asks.find(accountId, record.askId()).isEmpty()) {
			throw new InvalidInputException(new FieldMessage("askId", "thoughts.ask.unknown"));
		}
	}

	private static ThoughtRecord clean(ThoughtRecord given, String id, Instant createdAt, Instant updatedAt) {
		return new ThoughtRecord(id, blankless(given.situation()), given.automaticThought().strip(),
				given.beliefBefore(), given.emotions(), given.traps().stream().distinct().toList(),
				blankless(given.friendView()), blankless(given.evidenceFor()), blankless(given.evidenceAgainst()),
				blankless(given.balancedThought()), given.beliefAfter(), given.askId(), createdAt, updatedAt);
	}

	private static String blankless(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	boolean isEmpty(String accountId) {
		return !this.records.any(accountId);
	}

}
