package org.firststep.supporters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.people.Need;
import org.firststep.people.PeopleService;
import org.firststep.people.Person;
import org.firststep.people.PersonInput;
import org.firststep.platform.mail.Mail;
import org.firststep.platform.mail.MailQueue;
import org.firststep.platform.persistence.Glance;
import org.firststep.platform.security.SecretTokens;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.SiteAddress;
import org.firststep.privacy.LinkKey;
import org.firststep.privacy.LinkKeys;
import org.firststep.safety.SafetyPlanService;

/**
 * The supported person's side: inviting supporters, choosing what each one shares,
 * removing them; whenever scopes are set, {@link CopyKeeper} brings the copies to the
 * present. Every method acts for the signed-in person, with their data key.
 */
@Service
public class SupporterService implements org.firststep.asks.SupporterAnswers {

	static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	private final SupporterRepository repository;

	private final LinkKeys keys;

	private final Copies copies;

	private final PeopleService people;

	private final AccountService accounts;

	private final SafetyPlanService plans;

	private final CopyKeeper keeper;

	private final MailQueue mail;

	private final MessageSource messages;

	private final SiteAddress web;

	private final Clock clock;

	SupporterService(SupporterRepository repository, LinkKeys keys, Copies copies, PeopleService people,
			AccountService accounts, SafetyPlanService plans, CopyKeeper keeper, MailQueue mail, MessageSource messages,
			SiteAddress web, Clock clock) {
		this.repository = repository;
		this.keys = keys;
		this.copies = copies;
		this.people = people;
		this.accounts = accounts;
		this.plans = plans;
		this.keeper = keeper;
		this.mail = mail;
		this.messages = messages;
		this.web = web;
		this.clock = clock;
	}

	/**
	 * A single-use invitation link, valid for seven days, optionally e-mailed: the mail
	 * is queued with the invitation and sent once both are stored. What its scopes share
	 * is copied for it at once, so the supporter sees the present on accepting.
	 * @throws InvalidInputException for a network entry that is not the person's
	 */
	@Transactional
	public Created invite(String accountId, Set<Scope> scopes, String personId, String email) {
		if (personId != null && this.people.find(accountId, personId).isEmpty()) {
			throw new InvalidInputException(new FieldMessage("personId", "supporters.person.unknown"));
		}
		String id = org.firststep.platform.persistence.Ids.newId();
		String token = SecretTokens.newToken();
		LinkKey key = this.keys.newKey();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(INVITATION_LIFETIME);
		Invitation invitation;
		try {
			invitation = new Invitation(id, accountId, scopes, personId, this.keys.wrapFor(accountId, id, key),
					this.keys.wrapWithToken(token, id, key), expiresAt, null, null);
		}
		finally {
			key.destroy();
		}
		this.repository.insertInvitation(invitation, SecretTokens.hash(token), now);
		if (personId != null && scopes.contains(Scope.SAFETY_PLAN)) {
			share(accountId, personId, true);
		}
		this.keeper.sync(Recipient.of(invitation));
		String link = this.web.baseUrl().toString().replaceAll("/$", "") + "/invitations/" + token;
		if (email != null && !email.isBlank()) {
			Account me = this.accounts.get(accountId);
			this.mail.send(new Mail(email.strip(),
					this.messages.getMessage("supporters.mail.subject", new Object[] { me.greetingName() },
							me.locale()),
					this.messages.getMessage("supporters.mail.text", new Object[] { me.greetingName(), link },
							me.locale())),
					expiresAt);
		}
		return new Created(id, link, expiresAt);
	}

	public List<Invitation> openInvitations(String accountId) {
		return this.repository.openInvitations(accountId, this.clock.instant());
	}

	/** Withdraws an open invitation, and what was copied for it. */
	@Transactional
	public void revokeInvitation(String accountId, String id) {
		if (!this.repository.revokeInvitation(accountId, id, this.clock.instant())) {
			throw new NotFoundException();
		}
		this.keeper.forget(id);
	}

	/**
	 * The person's supporters. A supporter who accepted an invitation that named no one
	 * from the network gets an entry now, sealed with the person's key.
	 */
	@Transactional
	public List<Supporter> supporters(String accountId) {
		List<Supporter> supporters = new ArrayList<>();
		for (SupporterLink link : this.repository.linksOfOwner(accountId)) {
			String name = this.accounts.find(link.supporterAccountId()).map(Account::greetingName).orElse("");
			String personId = link.personId();
			if (personId == null || this.people.find(accountId, personId).isEmpty()) {
				Person added = this.people.add(accountId, new PersonInput("person", name, null, List.of(),
						java.util.EnumSet.of(Need.LISTENING), 3, null));
				personId = added.id();
				this.repository.updatePerson(link.id(), personId);
				if (link.allows(Scope.SAFETY_PLAN)) {
					share(accountId, personId, true);
				}
				this.keeper.sync(Recipient.of(link.withPerson(personId)));
			}
			supporters.add(new Supporter(link.id(), personId, name, scopes(accountId, link, personId)));
		}
		return supporters;
	}

	/** Changes what a supporter shares, at once: copies come and go with the scopes. */
	@Transactional
	public Supporter changeScopes(String accountId, String linkId, Set<Scope> scopes) {
		SupporterLink link = this.repository.linkOfOwner(accountId, linkId).orElseThrow(NotFoundException::new);
		this.repository.updateScopes(linkId, scopes);
		SupporterLink changed = link.withScopes(scopes);
		if (link.personId() != null) {
			share(accountId, link.personId(), scopes.contains(Scope.SAFETY_PLAN));
		}
		this.keeper.sync(Recipient.of(changed));
		String name = this.accounts.find(link.supporterAccountId()).map(Account::greetingName).orElse("");
		return new Supporter(linkId, link.personId(), name, scopes(accountId, changed, link.personId()));
	}

	/** Removes a supporter: the link, every copy it held and its key go at once. */
	@Transactional
	public void remove(String accountId, String linkId) {
		SupporterLink link = this.repository.linkOfOwner(accountId, linkId).orElseThrow(NotFoundException::new);
		if (link.personId() != null) {
			share(accountId, link.personId(), false);
		}
		this.repository.deleteLink(accountId, linkId);
	}

	/**
	 * Whether the person accepted any offer, as part of a glance over several modules:
	 * the home page opens the offers only then.
	 */
	public Glance.Part<Boolean> anyAcceptedOfferGlance() {
		return SupporterRepository.ACCEPTED_OFFER_GLANCE;
	}

	/** The offers the person accepted, from every supporter who may make them. */
	public List<OfferView> acceptedOffers(String accountId) {
		return offers(accountId).stream().filter((offer) -> "accepted".equals(offer.state())).toList();
	}

	/** Offers made to the person, from every supporter who may make them. */
	public List<OfferView> offers(String accountId) {
		List<OfferView> offers = new ArrayList<>();
		for (SupporterLink link : this.repository.linksOfOwner(accountId)) {
			if (!link.allows(Scope.OFFERS)) {
				continue;
			}
			LinkKey key = this.copies.ownerKey(link);
			String from = this.accounts.find(link.supporterAccountId()).map(Account::greetingName).orElse("");
			for (SupporterRepository.SharedItem item : this.repository.shared(link.id(), "offer")) {
				offers.add(OfferView.of(link.id() + "." + item.itemId(), from, item,
						this.copies.open(key, link, Copies.CONTENT, "offer", item.itemId(), item.content())));
			}
		}
		return offers;
	}

	/** Accepts or declines an offer in one tap. */
	public void answerOffer(String accountId, String offerId, boolean accept) {
		String[] parts = offerId.split("\\.", 2);
		if (parts.length != 2) {
			throw new NotFoundException();
		}
		SupporterLink link = this.repository.linkOfOwner(accountId, parts[0])
			.filter((found) -> found.allows(Scope.OFFERS))
			.orElseThrow(NotFoundException::new);
		SupporterRepository.SharedItem item = this.repository.sharedItem(link.id(), "offer", parts[1])
			.filter((found) -> "open".equals(found.state()))
			.orElseThrow(NotFoundException::new);
		this.repository.setState(link.id(), "offer", item.itemId(), accept ? "accepted" : "declined",
				this.clock.instant());
	}

	/** What a supporter answered to an ask, for the person's own ask page. */
	@Override
	public java.util.Optional<Answer> answerTo(String accountId, String askId) {
		for (SupporterLink link : this.repository.linksOfOwner(accountId)) {
			var item = this.repository.sharedItem(link.id(), "ask", askId);
			if (item.isPresent() && item.get().answer() != null) {
				Map<String, Object> answer = this.copies.open(this.copies.ownerKey(link), link, Copies.ANSWER, "ask",
						askId, item.get().answer());
				return java.util.Optional
					.of(new Answer(String.valueOf(answer.get("answer")), (String) answer.get("message")));
			}
		}
		return java.util.Optional.empty();
	}

	private void share(String accountId, String personId, boolean on) {
		Set<String> shared = new LinkedHashSet<>(this.plans.sharedWith(accountId));
		boolean changed = on ? shared.add(personId) : shared.remove(personId);
		if (changed) {
			this.plans.shareWith(accountId, List.copyOf(shared));
		}
	}

	private Set<Scope> scopes(String accountId, SupporterLink link, String personId) {
		Set<Scope> scopes = java.util.EnumSet.noneOf(Scope.class);
		scopes.addAll(link.scopes());
		if (personId != null && this.plans.sharesWith(accountId, personId)) {
			scopes.add(Scope.SAFETY_PLAN);
		}
		else {
			scopes.remove(Scope.SAFETY_PLAN);
		}
		return scopes;
	}

	/**
	 * A new invitation.
	 *
	 * @param id its id
	 * @param link the link to send; it ends with the invitation's token
	 * @param expiresAt when it stops working
	 */
	public record Created(String id, String link, Instant expiresAt) {
	}

	/**
	 * A supporter as the person sees them.
	 *
	 * @param id the link's id
	 * @param personId their network entry
	 * @param displayName their name
	 * @param scopes what they share
	 */
	public record Supporter(String id, String personId, String displayName, Set<Scope> scopes) {
	}

}
