package org.firststep.supporters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.people.PeopleService;
import org.firststep.platform.mail.Mail;
import org.firststep.platform.mail.MailQueue;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.security.SecretTokens;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.SiteAddress;
import org.firststep.privacy.LinkKey;
import org.firststep.privacy.LinkKeys;

/**
 * The person's invitations: making one (with its link key and, if asked, its e-mail),
 * listing those still open, withdrawing one. Every method acts for the signed-in person.
 */
@Service
public class InvitationService {

	static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	private final SupporterRepository repository;

	private final LinkKeys keys;

	private final PeopleService people;

	private final AccountService accounts;

	private final PlanSharing planSharing;

	private final CopyKeeper keeper;

	private final MailQueue mail;

	private final MessageSource messages;

	private final SiteAddress web;

	private final Clock clock;

	InvitationService(SupporterRepository repository, LinkKeys keys, PeopleService people, AccountService accounts,
			PlanSharing planSharing, CopyKeeper keeper, MailQueue mail, MessageSource messages, SiteAddress web,
			Clock clock) {
		this.repository = repository;
		this.keys = keys;
		this.people = people;
		this.accounts = accounts;
		this.planSharing = planSharing;
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
		String id = Ids.newId();
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
			this.planSharing.share(accountId, personId, true);
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
	 * A new invitation.
	 *
	 * @param id its id
	 * @param link the link to send; it ends with the invitation's token
	 * @param expiresAt when it stops working
	 */
	public record Created(String id, String link, Instant expiresAt) {
	}

}
