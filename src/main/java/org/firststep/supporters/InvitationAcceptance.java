package org.firststep.supporters;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.platform.security.SecretTokens;
import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.privacy.LinkKey;
import org.firststep.privacy.LinkKeys;

/**
 * The supporter's side of an invitation: who sends it, and accepting it, which turns it
 * into a link with its own copy of the link key.
 */
@Service
public class InvitationAcceptance {

	private final SupporterRepository repository;

	private final LinkKeys keys;

	private final CopyKeeper keeper;

	private final AccountService accounts;

	private final Clock clock;

	InvitationAcceptance(SupporterRepository repository, LinkKeys keys, CopyKeeper keeper, AccountService accounts,
			Clock clock) {
		this.repository = repository;
		this.keys = keys;
		this.keeper = keeper;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The inviting person's name, while the invitation can still be accepted. */
	public Optional<String> inviter(String token) {
		return usable(token).flatMap((invitation) -> this.accounts.find(invitation.accountId()))
			.map(Account::greetingName);
	}

	/**
	 * Accepts an invitation as the signed-in supporter. The link starts with the copies
	 * the person's own requests made for the invitation, so it shows the present at once.
	 * @throws NotFoundException for an unknown, used, revoked or expired invitation
	 * @throws ConflictException for one's own invitation, or someone already supported
	 */
	@Transactional
	public String accept(String token, String supporterAccountId) {
		Invitation invitation = usable(token).orElseThrow(NotFoundException::new);
		if (invitation.accountId().equals(supporterAccountId)) {
			throw new ConflictException("supporters.ownInvitation");
		}
		if (this.repository.linkBetween(invitation.accountId(), supporterAccountId).isPresent()) {
			throw new ConflictException("supporters.alreadySupporting");
		}
		if (!this.repository.markUsed(invitation.id(), this.clock.instant())) {
			throw new NotFoundException();
		}
		LinkKey key = this.keys.unwrapWithToken(token, invitation.id(), invitation.keyForToken());
		try {
			this.repository.insertLink(new SupporterLink(invitation.id(), invitation.accountId(), supporterAccountId,
					invitation.personId(), invitation.scopes(), invitation.keyForOwner(),
					this.keys.wrapFor(supporterAccountId, invitation.id(), key), null, this.clock.instant()));
		}
		finally {
			key.destroy();
		}
		this.keeper.activate(invitation.id());
		return invitation.id();
	}

	private Optional<Invitation> usable(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.repository.invitationByTokenHash(SecretTokens.hash(token))
			.filter((invitation) -> invitation.usedAt() == null && invitation.revokedAt() == null
					&& invitation.expiresAt().isAfter(now));
	}

}
