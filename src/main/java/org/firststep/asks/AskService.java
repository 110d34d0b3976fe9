package org.firststep.asks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.people.AskHistory;
import org.firststep.people.PeopleService;
import org.firststep.people.Person;
import org.firststep.people.Someone;
import org.firststep.platform.persistence.Glance;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;

/**
 * The asks of one account. Every method takes the acting account and touches only its
 * rows; people named in an ask must be in that account's network.
 */
@Service
public class AskService implements AskHistory {

	private final AskRepository asks;

	private final PeopleService people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Glance glance;

	private final AskReminders reminders;

	AskService(AskRepository asks, PeopleService people, Clock clock, ApplicationEventPublisher events, Glance glance,
			AskReminders reminders) {
		this.asks = asks;
		this.reminders = reminders;
		this.glance = glance;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	/** Every ask, newest first. */
	public List<Ask> list(String accountId) {
		return this.asks.findAll(accountId);
	}

	/**
	 * At most {@code count} asks after the one with id {@code cursor} (from the newest
	 * when null), newest first, read from the database page by page; empty when the
	 * cursor is not one of the account's.
	 */
	public Optional<List<Ask>> page(String accountId, String cursor, int count) {
		return this.asks.page(accountId, cursor, count);
	}

	/** The asks sent to someone from the network that are still waiting for an answer. */
	public List<Ask> waitingFor(String accountId, String personId) {
		return (personId == null) ? List.of() : this.asks.sentTo(accountId, personId);
	}

	/** The asks still under way that name this person as their accountability partner. */
	public List<Ask> partneredBy(String accountId, String personId) {
		if (personId == null) {
			return List.of();
		}
		return this.asks.findAll(accountId)
			.stream()
			.filter((ask) -> personId.equals(ask.accountabilityPersonId()) && ask.outcome() == null
					&& ask.status() != AskStatus.CANCELLED && ask.status() != AskStatus.ANSWERED)
			.toList();
	}

	public Optional<Ask> find(String accountId, String id) {
		return (id == null) ? Optional.empty() : this.asks.find(accountId, id);
	}

	public Ask get(String accountId, String id) {
		return this.asks.find(accountId, id).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public Ask create(String accountId, AskInput input) {
		checkPeople(accountId, input);
		Instant now = this.clock.instant();
		Ask ask = new Ask(Ids.newId(), input.personId(), input.need(), input.size(), input.message(),
				AskChannel.of(input.channel()), input.predictedYes(), input.dread(), input.sendBy(),
				input.accountabilityPersonId(), input.backupPersonId(),
				(input.sendBy() != null) ? AskStatus.PLANNED : AskStatus.DRAFT, null, null, null, null, null, now,
				input.shareWithPartner());
		this.asks.insert(accountId, ask, now.toEpochMilli());
		this.reminders.planned(accountId, ask, input.sendByDayOnly());
		this.events.publishEvent(new AskPlanned(accountId, ask.id(), ask.accountabilityPersonId(), ask.sendBy(),
				ask.accountabilityPersonId() != null));
		return ask;
	}

	/** Changes what the person planned; what happened (sent, outcome) stays. */
	@Transactional
	public Ask change(String accountId, String id, AskInput input) {
		Ask current = get(accountId, id);
		checkPeople(accountId, input);
		AskStatus status = current.isOpen() ? ((input.sendBy() != null) ? AskStatus.PLANNED : AskStatus.DRAFT)
				: current.status();
		Ask changed = new Ask(id, input.personId(), input.need(), input.size(), input.message(),
				AskChannel.of(input.channel()), input.predictedYes(), input.dread(), input.sendBy(),
				input.accountabilityPersonId(), input.backupPersonId(), status, current.outcome(),
				current.feelingAfter(), current.outcomeNote(), current.sentAt(), current.answeredAt(),
				current.createdAt(), input.shareWithPartner());
		this.asks.update(accountId, changed, this.clock.millis());
		this.reminders.planned(accountId, changed, input.sendByDayOnly());
		if (changed.isOpen()) {
			this.events.publishEvent(new AskPlanned(accountId, id, changed.accountabilityPersonId(), changed.sendBy(),
					changed.accountabilityPersonId() != null
							&& !changed.accountabilityPersonId().equals(current.accountabilityPersonId())));
		}
		return changed;
	}

	@Transactional
	public void remove(String accountId, String id) {
		if (!this.asks.delete(accountId, id)) {
			throw new NotFoundException();
		}
		this.reminders.closed(accountId, id);
		this.events.publishEvent(new AskClosed(accountId, id));
	}

	@Transactional
	public Ask markSent(String accountId, String id) {
		Ask ask = get(accountId, id);
		if (ask.status() == AskStatus.ANSWERED || ask.status() == AskStatus.CANCELLED) {
			throw new ConflictException("asks.notOpen");
		}
		Ask sent = ask.withStatus(AskStatus.SENT, (ask.sentAt() != null) ? ask.sentAt() : this.clock.instant());
		this.asks.update(accountId, sent, this.clock.millis());
		this.reminders.sent(accountId, id);
		this.events.publishEvent(new AskSent(accountId, id));
		return sent;
	}

	/** Not now: the ask stays in the history but leaves the list of things to do. */
	@Transactional
	public Ask cancel(String accountId, String id) {
		Ask ask = get(accountId, id);
		if (ask.status() == AskStatus.ANSWERED) {
			throw new ConflictException("asks.alreadyAnswered");
		}
		Ask cancelled = ask.withStatus(AskStatus.CANCELLED, ask.sentAt());
		this.asks.update(accountId, cancelled, this.clock.millis());
		this.reminders.closed(accountId, id);
		this.events.publishEvent(new AskClosed(accountId, id));
		return cancelled;
	}

	/**
	 * A supporter answered in the app: the ask gets that outcome; how it felt stays for
	 * the person to add. Only clear columns change, so no key is needed.
	 */
	@Transactional
	public void answeredBySupporter(String accountId, String id, Outcome outcome) {
		this.asks.answerInClear(accountId, id, outcome, this.clock.millis());
		this.reminders.closed(accountId, id);
		this.events.publishEvent(new AskClosed(accountId, id));
	}

	/**
	 * Records how it went. On a no or no reply, offers who to turn to instead: the
	 * backup, or the next safest person for the same need.
	 */
	@Transactional
	public Answered recordOutcome(String accountId, String id, Outcome outcome, Integer feelingAfter, String note) {
		Ask ask = get(accountId, id);
		if (ask.status() == AskStatus.CANCELLED) {
			throw new ConflictException("asks.notOpen");
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		Ask answered = ask.withOutcome(outcome, feelingAfter, cleanNote, this.clock.instant());
		this.asks.update(accountId, answered, this.clock.millis());
		this.reminders.closed(accountId, id);
		this.events.publishEvent(new AskClosed(accountId, id));
		Optional<Someone> backup = outcome.wentWell() ? Optional.empty() : backupFor(accountId, answered);
		return new Answered(answered, backup.orElse(null));
	}

	/** The backup person of an ask, or else the safest other person for its need. */
	public Optional<Someone> backupFor(String accountId, Ask ask) {
		return this.people.someone(accountId, ask.backupPersonId())
			.or(() -> this.people.safestFor(accountId, ask.need(), Set.of(ask.personId())));
	}

	/**
	 * What the home page shows from asks without opening any: sizes, outcomes and dates
	 * are in the clear, so it stays cheap, and it is read together with other modules'
	 * parts in one round trip.
	 */
	public Glance.Part<AsksAtAGlance> glance() {
		return AskRepository.GLANCE;
	}

	/**
	 * The ladder's next size, from the clear sizes and outcomes: the same as
	 * {@link Ladder#suggestedNext()}, without opening any ask.
	 */
	public Size suggestedSize(String accountId) {
		return this.glance.read(accountId, List.of(AskRepository.GLANCE))
			.map((seen) -> seen.get(AskRepository.GLANCE).nextSize())
			.orElse(Size.TINY);
	}

	/** The ladder of whole asks, for the API, which shows them. */
	public Ladder<Ask> ladder(String accountId) {
		return Ladder.of(list(accountId));
	}

	/** The ladder as its page shows it, opening only the dread it is ordered by. */
	public Ladder<AskRung> rungs(String accountId) {
		return Ladder.of(this.asks.rungs(accountId));
	}

	/** Every ask as a list shows it, newest first, opening only what the gap counts. */
	public List<AskOutline> outlines(String accountId) {
		return this.asks.outlines(accountId);
	}

	public RejectionGap gap(String accountId) {
		return RejectionGap.of(outlines(accountId));
	}

	/**
	 * Open asks whose send-by falls today or earlier in the person's time zone, soonest
	 * first; read only when the glance says there is one, and opening none.
	 */
	public List<AskOutline> due(String accountId, ZoneId zone, AsksAtAGlance glance) {
		Instant endOfToday = LocalDate.now(this.clock.withZone(zone)).plusDays(1).atStartOfDay(zone).toInstant();
		if (glance.soonestSendBy() == null || !glance.soonestSendBy().isBefore(endOfToday)) {
			return List.of();
		}
		return this.asks.dueBefore(accountId, endOfToday);
	}

	@Override
	public Map<String, Long> yesesByPerson(String accountId) {
		return this.asks.yesesByPerson(accountId)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row[0], (row) -> (Long) row[1]));
	}

	boolean isEmpty(String accountId) {
		return !this.asks.any(accountId);
	}

	void checkPeople(String accountId, AskInput input) {
		check(accountId, input.personId(), "personId");
		check(accountId, input.accountabilityPersonId(), "accountabilityPersonId");
		check(accountId, input.backupPersonId(), "backupPersonId");
	}

	private void check(String accountId, String personId, String field) {
		if (personId != null && this.people.find(accountId, personId).isEmpty()) {
			throw new InvalidInputException(new FieldMessage(field, "asks.unknownPerson"));
		}
	}

	/**
	 * An ask with its outcome recorded.
	 *
	 * @param ask the ask
	 * @param backup who to turn to instead after a no or no reply, or null
	 */
	public record Answered(Ask ask, Someone backup) {
	}

}
