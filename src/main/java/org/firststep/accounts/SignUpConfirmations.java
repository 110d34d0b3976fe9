package org.firststep.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import org.firststep.platform.mail.Mail;
import org.firststep.platform.mail.MailQueue;
import org.firststep.platform.persistence.Remnants;
import org.firststep.platform.security.SecretTokens;
import org.firststep.platform.web.SiteAddress;

/**
 * A sign-up that waits for its address to be confirmed, where e-mail reaches people: the
 * new account gets a link by e-mail, and the owner of an address that already has an
 * account gets a note instead, so the sign-up page answers the same for both. The link is
 * a secret stored hashed; it works for a day, and an account never confirmed is deleted
 * soon after.
 */
@Service
class SignUpConfirmations {

	static final Duration LINK_LIFETIME = Duration.ofHours(24);

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final MailQueue mail;

	private final MessageSource messages;

	private final SiteAddress web;

	private final AccountProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	private final Remnants remnants;

	private final Clock clock;

	SignUpConfirmations(AccountRepository accounts, JdbcClient jdbc, MailQueue mail, MessageSource messages,
			SiteAddress web, AccountProperties properties, ApplicationEventPublisher events,
			TransactionOperations transactions, Remnants remnants, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.web = web;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
		this.remnants = remnants;
		this.clock = clock;
	}

	/**
	 * Whether sign-up waits for the link: as configured, else whenever mail reaches
	 * people. Without SMTP the link would only land in the outbox folder of a one-person
	 * laptop, where there is nobody to hide an account from.
	 */
	boolean required() {
		Boolean configured = this.properties.confirmSignUp();
		return (configured != null) ? configured : this.mail.reachesPeople();
	}

	/**
	 * Stores a new account's link and queues the mail with it, in the caller's
	 * transaction.
	 */
	void sendLink(Account account) {
		String token = SecretTokens.newToken();
		Instant expiresAt = this.clock.instant().plus(LINK_LIFETIME);
		this.jdbc.sql("INSERT INTO sign_up_confirmation (token_hash, account_id, expires_at) VALUES (?, ?, ?)")
			.params(SecretTokens.hash(token), account.id(), expiresAt.toEpochMilli())
			.update();
		this.mail.send(new Mail(account.email(),
				this.messages.getMessage("signUp.mail.subject", null, account.locale()), this.messages
					.getMessage("signUp.mail.text", new Object[] { address("/confirm/" + token) }, account.locale())),
				expiresAt);
	}

	/**
	 * Tells the owner of an account that someone tried to sign up with its address, with
	 * the ways in, in the caller's transaction. The account itself does not change.
	 */
	void tellOwner(Account owner) {
		this.mail.send(
				new Mail(owner.email(), this.messages.getMessage("signUp.taken.subject", null, owner.locale()),
						this.messages.getMessage("signUp.taken.text",
								new Object[] { address("/sign-in"), address("/recover") }, owner.locale())),
				this.clock.instant().plus(LINK_LIFETIME));
	}

	/** The account a link confirms, while the link is unused and unexpired. */
	Optional<String> accountOf(String token) {
		return this.jdbc.sql("SELECT account_id FROM sign_up_confirmation WHERE token_hash = ? AND expires_at > ?")
			.params(SecretTokens.hash(token), this.clock.millis())
			.query(String.class)
			.optional();
	}

	/**
	 * Confirms the account of the link, which is then used up.
	 * @return whether the link still worked
	 */
	boolean confirm(String token) {
		Boolean confirmed = this.transactions.execute((status) -> accountOf(token).map((id) -> {
			this.jdbc.sql("DELETE FROM sign_up_confirmation WHERE account_id = ?").param(id).update();
			this.accounts.confirm(id, this.clock.millis());
			return true;
		}).orElse(false));
		return Boolean.TRUE.equals(confirmed);
	}

	/**
	 * Deletes an account still waiting for its confirmation, in the caller's transaction,
	 * when a new sign-up with its address replaces it or its link expired. An account
	 * confirmed meanwhile (a fresh-start link confirms too) stays, and so does every row
	 * of it: the caller rolls back.
	 * @return whether the account was deleted
	 */
	boolean forget(String accountId) {
		this.events.publishEvent(new AccountDeleting(accountId));
		return this.accounts.deleteUnconfirmed(accountId);
	}

	/**
	 * Accounts whose link expired unused go within the hour: nobody can sign in to them,
	 * and their address should not stay.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetUnconfirmed() {
		var expired = this.accounts.unconfirmedSince(this.clock.millis() - LINK_LIFETIME.toMillis());
		for (String id : expired) {
			this.accounts.findById(id).ifPresent((account) -> {
				Boolean deleted = this.transactions.execute((status) -> {
					if (forget(id)) {
						return true;
					}
					status.setRollbackOnly();
					return false;
				});
				if (Boolean.TRUE.equals(deleted)) {
					this.mail.forget(account.email());
				}
			});
		}
		if (!expired.isEmpty()) {
			this.remnants.clearAfterDeletion(AccountService.CLEAR_TABLES);
		}
	}

	private String address(String path) {
		return this.web.baseUrl().toString().replaceAll("/$", "") + path;
	}

}
