package org.firststep.supporters;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.people.Need;
import org.firststep.people.PeopleService;
import org.firststep.people.PersonInput;
import org.firststep.platform.web.NotFoundException;

/**
 * The person's supporters: who they are, what each one shares, removing them; whenever
 * scopes are set, {@link CopyKeeper} brings the copies to the present. Every method acts
 * for the signed-in person, with their data key. Invitations are
 * {@link InvitationService}'s, offers {@link OfferService}'s.
 */
@Service
public class SupporterService {

	private final SupporterRepository repository;

	private final PeopleService people;

	private final AccountService accounts;

	private final PlanSharing planSharing;

	private final CopyKeeper keeper;

	private final SupporterNotices notices;

	SupporterService(SupporterRepository repository, PeopleService people, AccountService accounts,
			PlanSharing planSharing, CopyKeeper keeper, SupporterNotices notices) {
		this.repository = repository;
		this.people = people;
		this.accounts = accounts;
		this.planSharing = planSharing;
		this.keeper = keeper;
		this.notices = notices;
	}

	/**
	 * The person's supporters, as they are stored. One who accepted an invitation that
	 * named no one has no network entry until the person adds them
	 * ({@link #addToPeople}).
	 */
	public List<Supporter> supporters(String accountId) {
		List<Supporter> supporters = new ArrayList<>();
		for (SupporterLink link : this.repository.linksOfOwner(accountId)) {
			supporters.add(supporter(accountId, link));
		}
		return supporters;
	}

	/**
	 * Gives a supporter who is not yet in the person's people an entry, sealed with the
	 * person's key, and shares with it what the link's scopes share. Accepting cannot do
	 * this: the supporter's request holds the supporter's key, not the person's. A
	 * supporter who already has an entry keeps it.
	 */
	@Transactional
	public Supporter addToPeople(String accountId, String linkId) {
		SupporterLink link = this.repository.linkOfOwner(accountId, linkId).orElseThrow(NotFoundException::new);
		if (link.personId() != null) {
			return supporter(accountId, link);
		}
		String personId = this.people
			.add(accountId, new PersonInput("person", name(link), null, List.of(), EnumSet.of(Need.LISTENING), 3, null))
			.id();
		this.repository.updatePerson(link.id(), personId);
		if (link.allows(Scope.SAFETY_PLAN)) {
			this.planSharing.share(accountId, personId, true);
		}
		SupporterLink added = link.withPerson(personId);
		this.keeper.sync(Recipient.of(added));
		return supporter(accountId, added);
	}

	/** Changes what a supporter shares, at once: copies come and go with the scopes. */
	@Transactional
	public Supporter changeScopes(String accountId, String linkId, Set<Scope> scopes) {
		SupporterLink link = this.repository.linkOfOwner(accountId, linkId).orElseThrow(NotFoundException::new);
		this.repository.updateScopes(linkId, scopes);
		SupporterLink changed = link.withScopes(scopes);
		if (link.personId() != null) {
			this.planSharing.share(accountId, link.personId(), scopes.contains(Scope.SAFETY_PLAN));
		}
		this.keeper.sync(Recipient.of(changed));
		return supporter(accountId, changed);
	}

	/** Removes a supporter: the link, every copy it held and its key go at once. */
	@Transactional
	public void remove(String accountId, String linkId) {
		SupporterLink link = this.repository.linkOfOwner(accountId, linkId).orElseThrow(NotFoundException::new);
		if (link.personId() != null) {
			this.planSharing.share(accountId, link.personId(), false);
		}
		this.repository.deleteLink(accountId, linkId);
		this.notices.removed(link);
	}

	private Supporter supporter(String accountId, SupporterLink link) {
		return new Supporter(link.id(), link.personId(), name(link),
				this.planSharing.scopes(accountId, link.scopes(), link.personId()));
	}

	private String name(SupporterLink link) {
		return this.accounts.find(link.supporterAccountId()).map(Account::greetingName).orElse("");
	}

	/**
	 * A supporter as the person sees them.
	 *
	 * @param id the link's id
	 * @param personId their network entry, or null while they are not in the person's
	 * people
	 * @param displayName their name
	 * @param scopes what they share
	 */
	public record Supporter(String id, String personId, String displayName, Set<Scope> scopes) {

		public boolean inPeople() {
			return this.personId != null;
		}
	}

}
