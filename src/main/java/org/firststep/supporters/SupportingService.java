package org.firststep.supporters;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.asks.AskService;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.privacy.LinkKey;
import org.firststep.safety.SafetyPlanService;

/**
 * The supporter's side: reading and answering only what each link's scopes allow.
 * Anything outside them answers as if it did not exist. Accepting an invitation is
 * {@link InvitationAcceptance}'s.
 */
@Service
public class SupportingService {

	private final SupporterRepository repository;

	private final Copies copies;

	private final AccountService accounts;

	private final AskService asks;

	private final SafetyPlanService plans;

	private final PlanSharing planSharing;

	private final SupporterNotices notices;

	private final Clock clock;

	SupportingService(SupporterRepository repository, Copies copies, AccountService accounts, AskService asks,
			SafetyPlanService plans, PlanSharing planSharing, SupporterNotices notices, Clock clock) {
		this.repository = repository;
		this.notices = notices;
		this.copies = copies;
		this.accounts = accounts;
		this.asks = asks;
		this.plans = plans;
		this.planSharing = planSharing;
		this.clock = clock;
	}

	/** The people this supporter supports. */
	public List<Supported> supporting(String supporterAccountId) {
		List<Supported> supported = new ArrayList<>();
		for (SupporterLink link : this.repository.linksOfSupporter(supporterAccountId)) {
			supported.add(new Supported(link.id(), name(link), Scope.names(scopes(link)), link.checkinDay()));
		}
		return supported;
	}

	/**
	 * The supporter's home: each person with their status if shared, the asks waiting for
	 * an answer, the offers and the check-in day.
	 */
	public List<Overview> overview(String supporterAccountId) {
		return this.repository.linksOfSupporter(supporterAccountId).stream().map((link) -> {
			LinkKey key = this.copies.supporterKey(link);
			String name = name(link);
			Supported supported = new Supported(link.id(), name, Scope.names(scopes(link)), link.checkinDay());
			String status = link.allows(Scope.STATUS) ? statusOf(link, key).map(PersonStatus::apiName).orElse(null)
					: null;
			long openAsks = link.allows(Scope.ASKS)
					? asksOf(link, key).stream().filter((ask) -> ask.state() == SharedAskState.OPEN).count() : 0;
			List<OfferView> offers = link.allows(Scope.OFFERS) ? offersOf(link, key, name) : List.of();
			return new Overview(supported, status, openAsks, offers);
		}).toList();
	}

	public Supported get(String supporterAccountId, String linkId) {
		SupporterLink link = link(supporterAccountId, linkId);
		return new Supported(link.id(), name(link), Scope.names(scopes(link)), link.checkinDay());
	}

	/** The status shared with this supporter, if any. */
	public Optional<PersonStatus> status(String supporterAccountId, String linkId) {
		SupporterLink link = allowed(supporterAccountId, linkId, Scope.STATUS);
		return statusOf(link, this.copies.supporterKey(link));
	}

	private Optional<PersonStatus> statusOf(SupporterLink link, LinkKey key) {
		return this.repository.sharedItem(link.id(), CopyKind.STATUS, "status")
			.map((item) -> PersonStatus
				.of((String) this.copies.open(key, link, Copies.CONTENT, CopyKind.STATUS, "status", item.content())
					.get("status")));
	}

	/** Asks addressed to this supporter, newest first. */
	public List<SharedAsk> asks(String supporterAccountId, String linkId) {
		SupporterLink link = allowed(supporterAccountId, linkId, Scope.ASKS);
		return asksOf(link, this.copies.supporterKey(link));
	}

	private List<SharedAsk> asksOf(SupporterLink link, LinkKey key) {
		return this.repository.shared(link.id(), CopyKind.ASK).stream().map((item) -> {
			Map<String, Object> content = this.copies.open(key, link, Copies.CONTENT, CopyKind.ASK, item.itemId(),
					item.content());
			Map<String, Object> answer = (item.answer() != null)
					? this.copies.open(key, link, Copies.ANSWER, CopyKind.ASK, item.itemId(), item.answer()) : null;
			return new SharedAsk(item.itemId(), String.valueOf(content.get("need")),
					String.valueOf(content.get("size")), (String) content.get("message"), (SharedAskState) item.state(),
					(answer != null) ? SupporterAnswer.of((String) answer.get("answer")) : null,
					(answer != null) ? (String) answer.get("message") : null, item.createdAt());
		}).toList();
	}

	/**
	 * Answers an ask in one tap, with an optional message. The person's ask gets that
	 * outcome.
	 */
	@Transactional
	public void answer(String supporterAccountId, String linkId, String askId, SupporterAnswer answer, String message) {
		SupporterLink link = allowed(supporterAccountId, linkId, Scope.ASKS);
		SupporterRepository.SharedItem item = this.repository.sharedItem(link.id(), CopyKind.ASK, askId)
			.orElseThrow(NotFoundException::new);
		if (item.state() != SharedAskState.OPEN) {
			throw new ConflictException("supporters.alreadyAnswered");
		}
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("answer", answer.apiName());
		value.put("message", (message == null || message.isBlank()) ? null : message.strip());
		this.repository.answerShared(link.id(), CopyKind.ASK, askId, SharedAskState.ANSWERED,
				this.copies.seal(this.copies.supporterKey(link), link, Copies.ANSWER, CopyKind.ASK, askId, value),
				this.clock.instant());
		this.asks.answeredBySupporter(link.accountId(), askId, answer.outcome());
		this.notices.answered(link, askId);
	}

	/**
	 * The plans this supporter was chosen to hold the person to, soonest send-by first:
	 * need, size and send-by, and the words only when the person shared them.
	 */
	public List<PartnerPlan> partnerPlans(String supporterAccountId, String linkId) {
		SupporterLink link = link(supporterAccountId, linkId);
		List<SupporterRepository.SharedItem> items = this.repository.shared(link.id(), CopyKind.PARTNER_PLAN);
		if (items.isEmpty()) {
			return List.of();
		}
		LinkKey key = this.copies.supporterKey(link);
		return items.stream().map((item) -> {
			Map<String, Object> content = this.copies.open(key, link, Copies.CONTENT, CopyKind.PARTNER_PLAN,
					item.itemId(), item.content());
			Object sendBy = content.get("sendBy");
			return new PartnerPlan(item.itemId(), String.valueOf(content.get("need")),
					String.valueOf(content.get("size")), (sendBy != null) ? Instant.parse(sendBy.toString()) : null,
					(String) content.get("message"));
		})
			.sorted(java.util.Comparator.comparing(PartnerPlan::sendBy,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * The supporter checked in with the person, in whatever way they did: the person
	 * hears that someone did, and the supporter's own reminder to do it goes.
	 */
	@Transactional
	public void checkedIn(String supporterAccountId, String linkId) {
		this.notices.checkedIn(link(supporterAccountId, linkId));
	}

	/** This supporter's offers to the person, newest first. */
	public List<OfferView> offers(String supporterAccountId, String linkId) {
		SupporterLink link = allowed(supporterAccountId, linkId, Scope.OFFERS);
		return offersOf(link, this.copies.supporterKey(link), name(link));
	}

	private List<OfferView> offersOf(SupporterLink link, LinkKey key, String to) {
		return this.repository.shared(link.id(), CopyKind.OFFER)
			.stream()
			.map((item) -> OfferView.of(item.itemId(), to, item,
					this.copies.open(key, link, Copies.CONTENT, CopyKind.OFFER, item.itemId(), item.content())))
			.toList();
	}

	@Transactional
	public OfferView offer(String supporterAccountId, String linkId, String what, String when, String note) {
		SupporterLink link = allowed(supporterAccountId, linkId, Scope.OFFERS);
		String id = Ids.newId();
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("what", what.strip());
		value.put("when", when.strip());
		value.put("note", (note == null || note.isBlank()) ? null : note.strip());
		Instant now = this.clock.instant();
		this.repository.putShared(link.id(), CopyKind.OFFER, id, OfferState.OPEN,
				this.copies.seal(this.copies.supporterKey(link), link, Copies.CONTENT, CopyKind.OFFER, id, value), now);
		this.notices.offered(link, id);
		return new OfferView(id, name(link), (String) value.get("what"), (String) value.get("when"),
				(String) value.get("note"), OfferState.OPEN, now);
	}

	/** The plan, read-only, while the person shares it with this supporter. */
	public Optional<Map<String, Object>> safetyPlan(String supporterAccountId, String linkId) {
		SupporterLink link = link(supporterAccountId, linkId);
		if (link.personId() == null || !this.plans.sharesWith(link.accountId(), link.personId())) {
			throw new NotFoundException();
		}
		return this.repository.sharedItem(link.id(), CopyKind.SAFETY_PLAN, "plan")
			.map((item) -> this.copies.open(this.copies.supporterKey(link), link, Copies.CONTENT, CopyKind.SAFETY_PLAN,
					"plan", item.content()));
	}

	/** The supporter's check-in rhythm with this person: a day of the week, or none. */
	@Transactional
	public void setCheckinDay(String supporterAccountId, String linkId, DayOfWeek day) {
		SupporterLink link = link(supporterAccountId, linkId);
		this.repository.updateCheckinDay(link.id(), (day != null) ? day.getValue() : null);
		this.notices.checkinDay(link, day);
	}

	/** Whether today, in the supporter's time zone, is their check-in day. */
	public boolean isCheckInDay(String supporterAccountId, Integer checkinDay) {
		if (checkinDay == null) {
			return false;
		}
		ZoneId zone = this.accounts.get(supporterAccountId).timeZone();
		return LocalDate.now(this.clock.withZone(zone)).getDayOfWeek().getValue() == checkinDay;
	}

	private SupporterLink link(String supporterAccountId, String linkId) {
		return this.repository.linkOfSupporter(supporterAccountId, linkId).orElseThrow(NotFoundException::new);
	}

	private SupporterLink allowed(String supporterAccountId, String linkId, Scope scope) {
		SupporterLink link = link(supporterAccountId, linkId);
		if (!link.allows(scope)) {
			throw new NotFoundException();
		}
		return link;
	}

	private java.util.Set<Scope> scopes(SupporterLink link) {
		return this.planSharing.scopes(link.accountId(), link.scopes(), link.personId());
	}

	private String name(SupporterLink link) {
		return this.accounts.find(link.accountId()).map(Account::greetingName).orElse("");
	}

	/**
	 * Someone this supporter supports.
	 *
	 * @param linkId the link
	 * @param displayName their name
	 * @param scopes what they share
	 * @param checkinDay the supporter's check-in day, 1 Monday to 7 Sunday, or null
	 */
	public record Supported(String linkId, String displayName, List<String> scopes, Integer checkinDay) {
	}

	/**
	 * One person on the supporter's home.
	 *
	 * @param supported who
	 * @param status their status, if shared
	 * @param openAsks asks waiting for an answer
	 * @param offers the supporter's offers to them
	 */
	public record Overview(Supported supported, String status, long openAsks, List<OfferView> offers) {
	}

	/**
	 * A plan the supporter holds the person to.
	 *
	 * @param askId the ask
	 * @param need what for
	 * @param size how big
	 * @param sendBy its send-by, or null
	 * @param message its words, or null when the person kept them to themselves
	 */
	public record PartnerPlan(String askId, String need, String size, Instant sendBy, String message) {
	}

	/**
	 * An ask as the supporter sees it.
	 *
	 * @param id the ask
	 * @param need what for
	 * @param size how big
	 * @param message the words
	 * @param state waiting for an answer or answered
	 * @param answer the supporter's answer, or null
	 * @param answerMessage their message, or null
	 * @param sharedAt when it arrived
	 */
	public record SharedAsk(String id, String need, String size, String message, SharedAskState state,
			SupporterAnswer answer, String answerMessage, Instant sharedAt) {
	}

}
