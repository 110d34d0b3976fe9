package org.firststep.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import org.firststep.platform.mail.Mail;
import org.firststep.platform.mail.MailQueue;
import org.firststep.platform.security.SecretTokens;
import org.firststep.platform.security.Sessions;
import org.firststep.platform.security.SignInThrottle;
import org.firststep.platform.web.SiteAddress;
import org.firststep.platform.web.TooManyRequestsException;
import org.firststep.privacy.DataKeys;
import org.firststep.privacy.PersonalDataService;

/**
 * The last way back in, without password or recovery code: a one-time link by e-mail that
 * lets the person set a new password and start their private data afresh. Nobody, not
 * even the host, can open the old data without one of the two, so it is erased; the
 * account, its e-mail address and its settings stay.
 */
@Service
class FreshStartService {

	static final Duration LINK_LIFETIME = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final MailQueue mail;

	private final MessageSource messages;

	private final SiteAddress web;

	private final SignInThrottle throttle;

	private final PersonalDataService personalData;

	private final DataKeys dataKeys;

	private final PasswordEncoder passwords;

	private final Sessions sessions;

	private final TransactionOperations transactions;

	private final Clock clock;

	FreshStartService(AccountRepository accounts, JdbcClient jdbc, MailQueue mail, MessageSource messages,
			SiteAddress web, SignInThrottle throttle, PersonalDataService personalData, DataKeys dataKeys,
			PasswordEncoder passwords, Sessions sessions, TransactionOperations transactions, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.web = web;
		this.throttle = throttle;
		this.personalData = personalData;
		this.dataKeys = dataKeys;
		this.passwords = passwords;
		this.sessions = sessions;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends the link, if the address has an account. Answers the same either way, so it
	 * never tells who has an account; every request counts against the throttle.
	 */
	void sendLink(String email, String clientAddress) {
		this.throttle.resetRetryAfter(email, clientAddress).ifPresent((wait) -> {
			throw new TooManyRequestsException(wait);
		});
		this.throttle.recordResetRequest(email, clientAddress);
		this.accounts.findByEmail(AccountService.normalizeEmail(email)).ifPresent((account) -> {
			String token = SecretTokens.newToken();
			String link = this.web.baseUrl().toString().replaceAll("/$", "") + "/reset/" + token;
			Instant expiresAt = this.clock.instant().plus(LINK_LIFETIME);
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("DELETE FROM password_reset WHERE account_id = ?").param(account.id()).update();
				this.jdbc.sql("INSERT INTO password_reset (token_hash, account_id, expires_at) VALUES (?, ?, ?)")
					.params(SecretTokens.hash(token), account.id(), expiresAt.toEpochMilli())
					.update();
				this.mail.send(
						new Mail(account.email(),
								this.messages.getMessage("reset.mail.subject", null, account.locale()),
								this.messages.getMessage("reset.mail.text", new Object[] { link }, account.locale())),
						expiresAt);
			});
		});
	}

	/** The account a link belongs to, while the link is unused and unexpired. */
	Optional<Account> accountOf(String token) {
		return this.jdbc.sql("SELECT account_id FROM password_reset WHERE token_hash = ? AND expires_at > ?")
			.params(SecretTokens.hash(token), this.clock.millis())
			.query(String.class)
			.optional()
			.flatMap(this.accounts::findById);
	}

	/**
	 * Uses the link: erases every private row, makes a new data key under the new
	 * password with a new recovery code, revokes API tokens and ends every session. The
	 * link came by e-mail, so an account still waiting for its confirmation is confirmed.
	 */
	Optional<AccountService.SignedUp> startAfresh(String token, String newPassword) {
		Optional<Account> account = accountOf(token);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		String id = account.get().id();
		String hash = this.passwords.encode(newPassword);
		AccountService.SignedUp done = this.transactions.execute((status) -> {
			this.jdbc.sql("DELETE FROM password_reset WHERE account_id = ?").param(id).update();
			this.personalData.eraseAll(id);
			this.jdbc.sql("DELETE FROM api_token WHERE account_id = ?").param(id).update();
			this.accounts.updatePasswordHash(id, hash);
			this.accounts.confirm(id, this.clock.millis());
			DataKeys.NewDataKey key = this.dataKeys.replace(id, newPassword);
			return new AccountService.SignedUp(account.get(), key.key(), key.recoveryCode());
		});
		this.sessions.endAll(id, null);
		this.throttle.clearFailures(account.get().email());
		return Optional.of(done);
	}

}
