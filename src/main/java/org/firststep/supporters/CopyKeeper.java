package org.firststep.supporters;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.asks.Ask;
import org.firststep.asks.AskClosed;
import org.firststep.asks.AskPlanned;
import org.firststep.asks.AskSent;
import org.firststep.asks.AskService;
import org.firststep.privacy.LinkKey;
import org.firststep.safety.PlanStep;
import org.firststep.safety.PlanView;
import org.firststep.safety.SafetyPlanChanged;
import org.firststep.safety.SafetyPlanService;

/**
 * Keeps the copies each supporter may read equal to the present. Making a copy opens the
 * person's own data, which only the person's own request can, so copies are made there:
 * for every active link and for every invitation still open, whenever the status, the
 * plan or a sent ask changes, and in full whenever scopes are set. Accepting an
 * invitation, in the supporter's request, then only moves copies that already exist.
 */
@Component
class CopyKeeper {

	private final SupporterRepository repository;

	private final Copies copies;

	private final StatusService statuses;

	private final SafetyPlanService plans;

	private final AskService asks;

	private final Clock clock;

	CopyKeeper(SupporterRepository repository, Copies copies, StatusService statuses, SafetyPlanService plans,
			AskService asks, Clock clock) {
		this.repository = repository;
		this.copies = copies;
		this.statuses = statuses;
		this.plans = plans;
		this.asks = asks;
		this.clock = clock;
	}

	/**
	 * Makes a recipient's copies match its scopes: the present for each scope it has (the
	 * status, the plan while its switch is on, every ask sent to them that waits for an
	 * answer), nothing for the others. Every path by which a scope becomes active comes
	 * here, in the person's own request. Asks already copied keep their state and answer.
	 */
	void sync(Recipient recipient) {
		if (recipient.allows(Scope.STATUS)) {
			this.statuses.current(recipient.accountId()).ifPresent((status) -> putStatus(recipient, status));
		}
		else {
			this.repository.deleteCopies(recipient.shelf(), recipient.id(), CopyKind.STATUS);
		}
		if (recipient.allows(Scope.ASKS)) {
			Set<String> copied = this.repository.copiedItems(recipient.shelf(), recipient.id(), CopyKind.ASK);
			for (Ask ask : this.asks.waitingFor(recipient.accountId(), recipient.personId())) {
				if (!copied.contains(ask.id())) {
					putAsk(recipient, ask);
				}
			}
		}
		else {
			this.repository.deleteCopies(recipient.shelf(), recipient.id(), CopyKind.ASK);
		}
		if (!recipient.allows(Scope.OFFERS)) {
			// Offers are the supporter's own words, not copies: without the scope they
			// go.
			this.repository.deleteCopies(recipient.shelf(), recipient.id(), CopyKind.OFFER);
		}
		putPlan(recipient);
		for (Ask ask : this.asks.partneredBy(recipient.accountId(), recipient.personId())) {
			putPartnerPlan(recipient, ask);
		}
	}

	/** An invitation was accepted: its link starts with the copies made for it. */
	void activate(String invitationId) {
		this.repository.moveInvitationCopies(invitationId);
	}

	/** An invitation was withdrawn: what was copied for it goes with it. */
	void forget(String invitationId) {
		this.repository.deleteInvitationCopies(invitationId);
	}

	/**
	 * Copies made for invitations that ran out unused go within the hour, even if the
	 * person never comes back.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
	void forgetClosedInvitations() {
		this.repository.deleteCopiesOfClosedInvitations(this.clock.instant());
	}

	@EventListener
	@Transactional
	void statusChanged(StatusService.StatusChanged event) {
		for (Recipient recipient : recipients(event.accountId())) {
			if (recipient.allows(Scope.STATUS)) {
				putStatus(recipient, event.status());
			}
		}
	}

	@EventListener
	@Transactional
	void planChanged(SafetyPlanChanged event) {
		recipients(event.accountId()).forEach(this::putPlan);
	}

	@EventListener
	@Transactional
	void askSent(AskSent event) {
		Ask ask = this.asks.get(event.accountId(), event.askId());
		for (Recipient recipient : recipients(event.accountId())) {
			if (recipient.allows(Scope.ASKS) && ask.personId() != null && ask.personId().equals(recipient.personId())) {
				putAsk(recipient, ask);
			}
		}
	}

	/**
	 * An ask was made or changed: its partner, if they are a supporter, holds a copy of
	 * the plan; anyone who was its partner before no longer does.
	 */
	@EventListener
	@Transactional
	void askPlanned(AskPlanned event) {
		Ask ask = this.asks.get(event.accountId(), event.askId());
		for (Recipient recipient : recipients(event.accountId())) {
			if (ask.accountabilityPersonId() != null && ask.accountabilityPersonId().equals(recipient.personId())) {
				putPartnerPlan(recipient, ask);
			}
			else {
				this.repository.deleteCopy(recipient.shelf(), recipient.id(), CopyKind.PARTNER_PLAN, ask.id());
			}
		}
	}

	/** An ask is done with: its partner no longer holds its plan. */
	@EventListener
	@Transactional
	void askClosed(AskClosed event) {
		for (Recipient recipient : recipients(event.accountId())) {
			this.repository.deleteCopy(recipient.shelf(), recipient.id(), CopyKind.PARTNER_PLAN, event.askId());
		}
	}

	/**
	 * Everyone the person's copies are for. Open invitations come first and stay locked
	 * to the end of the transaction: an acceptance running at the same time either waits
	 * and then moves the fresh copies, or has already made its link, which the links read
	 * next then include.
	 */
	private List<Recipient> recipients(String accountId) {
		List<Recipient> recipients = new ArrayList<>();
		this.repository.openInvitationsForUpdate(accountId, this.clock.instant())
			.forEach((invitation) -> recipients.add(Recipient.of(invitation)));
		this.repository.linksOfOwner(accountId).forEach((link) -> recipients.add(Recipient.of(link)));
		return recipients;
	}

	private void putStatus(Recipient recipient, PersonStatus status) {
		put(recipient, CopyKind.STATUS, "status", null, Map.of("status", status.apiName()), this.clock.instant());
	}

	private void putAsk(Recipient recipient, Ask ask) {
		Map<String, Object> copy = new LinkedHashMap<>();
		copy.put("need", ask.need().apiName());
		copy.put("size", ask.size().apiName());
		copy.put("message", ask.message());
		copy.put("sentAt", String.valueOf(ask.sentAt()));
		put(recipient, CopyKind.ASK, ask.id(), SharedAskState.OPEN, copy,
				(ask.sentAt() != null) ? ask.sentAt() : this.clock.instant());
	}

	private void putPartnerPlan(Recipient recipient, Ask ask) {
		Map<String, Object> copy = new LinkedHashMap<>();
		copy.put("need", ask.need().apiName());
		copy.put("size", ask.size().apiName());
		copy.put("sendBy", (ask.sendBy() != null) ? ask.sendBy().toString() : null);
		copy.put("message", ask.sharedWithPartner() ? ask.message() : null);
		put(recipient, CopyKind.PARTNER_PLAN, ask.id(), null, copy, this.clock.instant());
	}

	/** The plan's copy follows its sharing switch, which belongs to the safety plan. */
	private void putPlan(Recipient recipient) {
		if (!this.plans.sharesWith(recipient.accountId(), recipient.personId())) {
			this.repository.deleteCopies(recipient.shelf(), recipient.id(), CopyKind.SAFETY_PLAN);
			return;
		}
		PlanView view = this.plans.view(recipient.accountId());
		Map<String, Object> copy = new LinkedHashMap<>();
		for (PlanStep step : PlanStep.values()) {
			copy.put(step.apiName(), view.lines(step).stream().map(PlanView.Line::text).toList());
		}
		put(recipient, CopyKind.SAFETY_PLAN, "plan", null, copy, this.clock.instant());
	}

	private void put(Recipient recipient, CopyKind kind, String itemId, CopyState state, Map<String, Object> value,
			Instant sharedAt) {
		LinkKey key = this.copies.ownerKey(recipient);
		try {
			this.repository.putCopy(recipient.shelf(), recipient.id(), kind, itemId, state,
					this.copies.seal(key, recipient.id(), Copies.CONTENT, kind, itemId, value), sharedAt,
					this.clock.instant());
		}
		finally {
			key.destroy();
		}
	}

}
