package org.firststep.supporters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.platform.persistence.Glance;
import org.firststep.platform.web.NotFoundException;
import org.firststep.privacy.LinkKey;

/**
 * The offers made to the person, from every supporter who may make them, and the person's
 * one-tap answer to each. Every method acts for the signed-in person.
 */
@Service
public class OfferService {

	private final SupporterRepository repository;

	private final Copies copies;

	private final AccountService accounts;

	private final Clock clock;

	OfferService(SupporterRepository repository, Copies copies, AccountService accounts, Clock clock) {
		this.repository = repository;
		this.copies = copies;
		this.accounts = accounts;
		this.clock = clock;
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
		return offers(accountId, OfferState.ACCEPTED);
	}

	/** Offers made to the person, from every supporter who may make them. */
	public List<OfferView> offers(String accountId) {
		return offers(accountId, null);
	}

	/** The offers in one state (every state when null), read and opened only those. */
	private List<OfferView> offers(String accountId, OfferState state) {
		List<OfferView> offers = new ArrayList<>();
		for (SupporterLink link : this.repository.linksOfOwner(accountId)) {
			if (!link.allows(Scope.OFFERS)) {
				continue;
			}
			LinkKey key = this.copies.ownerKey(link);
			String from = this.accounts.find(link.supporterAccountId()).map(Account::greetingName).orElse("");
			var items = (state != null) ? this.repository.shared(link.id(), CopyKind.OFFER, state)
					: this.repository.shared(link.id(), CopyKind.OFFER);
			for (SupporterRepository.SharedItem item : items) {
				offers.add(OfferView.of(link.id() + "." + item.itemId(), from, item,
						this.copies.open(key, link, Copies.CONTENT, CopyKind.OFFER, item.itemId(), item.content())));
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
		SupporterRepository.SharedItem item = this.repository.sharedItem(link.id(), CopyKind.OFFER, parts[1])
			.filter((found) -> found.state() == OfferState.OPEN)
			.orElseThrow(NotFoundException::new);
		this.repository.setState(link.id(), CopyKind.OFFER, item.itemId(),
				accept ? OfferState.ACCEPTED : OfferState.DECLINED, this.clock.instant());
	}

}
