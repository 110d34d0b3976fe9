package org.firststep.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.function.SingletonSupplier;

import org.firststep.platform.mail.MailQueue;
import org.firststep.platform.persistence.Glance;
import org.firststep.platform.persistence.Ids;
import org.firststep.platform.persistence.Remnants;
import org.firststep.platform.security.Sessions;
import org.firststep.platform.security.SignInThrottle;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.Languages;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.UnreadableDataException;
import org.firststep.privacy.DataKey;
import org.firststep.privacy.DataKeys;
import org.firststep.privacy.RecoveryCode;

/**
 * Accounts and their profiles: what pages and API controllers call, and what other
 * features use to read a person's language, time zone and country.
 */
@Service
public class AccountService {

	/**
	 * The tables that hold a person's address and name in the clear: this module's, and
	 * the mail queue.
	 */
	static final List<String> CLEAR_TABLES = List.of("account", "api_token", "password_reset", MailQueue.TABLE);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final DataKeys dataKeys;

	private final Sessions sessions;

	private final ApiTokenService tokens;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	private final Remnants remnants;

	private final MailQueue mail;

	private final SignUpConfirmations confirmations;

	private final Clock clock;

	/**
	 * Compared against when the address is unknown, so timing does not tell who has an
	 * account.
	 */
	private final Supplier<String> unknownAccountHash;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, DataKeys dataKeys, Sessions sessions,
			ApiTokenService tokens, SignInThrottle throttle, ApplicationEventPublisher events,
			TransactionOperations transactions, Remnants remnants, MailQueue mail, SignUpConfirmations confirmations,
			Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.dataKeys = dataKeys;
		this.sessions = sessions;
		this.throttle = throttle;
		this.events = events;
		this.transactions = transactions;
		this.remnants = remnants;
		this.mail = mail;
		this.confirmations = confirmations;
		this.clock = clock;
		this.unknownAccountHash = SingletonSupplier
			.of(() -> passwords.encode("no account has this password, it only takes time"));
	}

	/**
	 * Makes an account, with a new data key wrapped under the password. Missing language,
	 * time zone and country come from the browser.
	 * <p>
	 * Where sign-up waits for confirmation ({@link SignUpConfirmations#required()}), the
	 * answer is the same whether or not the address has an account, and takes as long: a
	 * new address (or one whose earlier sign-up was never confirmed) gets an account that
	 * cannot sign in yet and a link by e-mail; an address with an account stays as it is,
	 * and its owner gets a note. Both do the same password hashing and key derivation.
	 * Otherwise the account is ready at once, with its recovery code, and an address that
	 * has an account is refused.
	 */
	public SignUpResult signUp(SignUp form, Locale browserLocale, String browserCountry) {
		String email = normalizeEmail(form.email());
		Locale locale = Languages.byTag(form.locale())
			.orElseGet(() -> Languages.byTag(browserLocale.getLanguage()).orElse(Languages.ENGLISH));
		ZoneId timeZone = (form.timeZone() == null || form.timeZone().isBlank()) ? ZoneId.of("UTC")
				: ZoneId.of(form.timeZone());
		String country = blankToNull(form.country());
		if (country == null && browserCountry != null) {
			country = browserCountry;
		}
		Account account = new Account(Ids.newId(), email, blankToNull(form.displayName()), locale, timeZone, country,
				this.clock.instant());
		String hash = this.passwords.encode(form.password());
		return this.confirmations.required() ? signUpAwaitingConfirmation(account, hash, form.password())
				: signUpAtOnce(account, hash, form.password());
	}

	private SignedUp signUpAtOnce(Account account, String hash, String password) {
		try {
			return this.transactions.execute((status) -> {
				if (this.accounts.emailExists(account.email())) {
					throw emailTaken();
				}
				this.accounts.insert(account, hash, true);
				DataKeys.NewDataKey key = this.dataKeys.create(account.id(), password);
				return new SignedUp(account, key.key(), key.recoveryCode());
			});
		}
		catch (DuplicateKeyException ex) {
			throw emailTaken();
		}
	}

	private ConfirmationSent signUpAwaitingConfirmation(Account account, String hash, String password) {
		DataKeys.PasswordWrappedKey key = this.dataKeys.wrapNew(account.id(), password);
		try {
			this.transactions.executeWithoutResult((status) -> {
				Optional<Account> existing = this.accounts.findByEmail(account.email());
				if (existing.isPresent() && this.accounts.isConfirmed(existing.get().id())) {
					this.confirmations.tellOwner(existing.get());
					return;
				}
				existing.ifPresent((unconfirmed) -> this.confirmations.forget(unconfirmed.id()));
				this.accounts.insert(account, hash, false);
				this.dataKeys.store(key);
				this.confirmations.sendLink(account);
			});
		}
		catch (DuplicateKeyException ex) {
			// Another sign-up with this address got there first and sent its own mail.
		}
		return new ConfirmationSent(account.email());
	}

	private static InvalidInputException emailTaken() {
		return new InvalidInputException(new FieldMessage("email", "validation.email.taken"));
	}

	public Optional<Account> find(String id) {
		return this.accounts.findById(id);
	}

	/** The signed-in account's own row, as part of a glance over several modules. */
	public Glance.Part<Account> glance() {
		return AccountRepository.GLANCE;
	}

	public Account get(String id) {
		return this.accounts.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Checks an e-mail address and password and unlocks the account's data key. Takes as
	 * long for an unknown address as for a wrong password; an account still waiting for
	 * its confirmation is refused in the same way. An account made without a recovery
	 * code gets it now, at its first sign-in.
	 */
	Optional<Unlocked> checkCredentials(String email, String password) {
		Optional<Account> account = this.accounts.findByEmail(normalizeEmail(email));
		String hash = account.flatMap((found) -> this.accounts.passwordHash(found.id()))
			.orElseGet(this.unknownAccountHash);
		if (!this.passwords.matches(password, hash) || account.isEmpty()
				|| !this.accounts.isConfirmed(account.get().id())) {
			return Optional.empty();
		}
		String id = account.get().id();
		DataKey key = this.dataKeys.unlockWithPassword(id, password).orElseThrow(UnreadableDataException::new);
		return Optional
			.of(new Unlocked(account.get(), key, this.dataKeys.addMissingRecoveryCode(id, key).orElse(null)));
	}

	/**
	 * Signs in with the recovery code: sets a new password, keeps all data, replaces the
	 * code with a new one, revokes every API token and ends every session.
	 */
	Optional<Recovered> recover(String email, RecoveryCode code, String newPassword) {
		Optional<Account> account = this.accounts.findByEmail(normalizeEmail(email));
		if (account.isEmpty()) {
			this.passwords.matches(newPassword, this.unknownAccountHash.get());
			return Optional.empty();
		}
		String id = account.get().id();
		String hash = this.passwords.encode(newPassword);
		Optional<Recovered> recovered = this.transactions
			.execute((status) -> this.dataKeys.recover(id, code, newPassword).map((keys) -> {
				this.accounts.updatePasswordHash(id, hash);
				this.tokens.revokeAll(id);
				return new Recovered(account.get(), keys.key(), keys.nextRecoveryCode());
			}));
		recovered.ifPresent((done) -> this.sessions.endAll(id, null));
		return recovered;
	}

	public Account updateProfile(String id, ProfileChange change) {
		Account current = get(id);
		Account changed = new Account(id, current.email(),
				(change.displayName() != null) ? blankToNull(change.displayName()) : current.displayName(),
				Languages.byTag(change.locale()).orElse(current.locale()),
				(change.timeZone() != null && !change.timeZone().isBlank()) ? ZoneId.of(change.timeZone())
						: current.timeZone(),
				(change.country() != null) ? blankToNull(change.country()) : current.country(), current.createdAt());
		this.accounts.updateProfile(changed);
		return changed;
	}

	/**
	 * Changes the password, keeping all data: the data key is wrapped again under the new
	 * password. Every API token is revoked and every other session of the account ends.
	 */
	void changePassword(String id, PasswordChange change, String keepSessionId) {
		DataKey key = unlockOrRefuse(id, change.currentPassword(), "currentPassword");
		String hash = this.passwords.encode(change.newPassword());
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.updatePasswordHash(id, hash);
			this.dataKeys.changePassword(id, key, change.newPassword());
			this.tokens.revokeAll(id);
		});
		key.destroy();
		this.sessions.endAll(id, keepSessionId);
	}

	/**
	 * Deletes the account and every row that belongs to it, after the password is given
	 * again. Features remove their rows on {@link AccountDeleting}, in the same
	 * transaction; after it, the mail queue and the outbox lose the e-mails to the person
	 * and the database files are cleared of what the rows left.
	 */
	void delete(String id, String password) {
		Account account = get(id);
		unlockOrRefuse(id, password, "password").destroy();
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new AccountDeleting(id));
			this.accounts.delete(id);
		});
		this.throttle.forget(account.email());
		this.sessions.endAll(id, null);
		this.mail.forget(account.email());
		this.remnants.clearAfterDeletion(CLEAR_TABLES);
	}

	/** Checks a password of a signed-in person, for actions that ask for it again. */
	DataKey unlockOrRefuse(String id, String password, String field) {
		String hash = this.accounts.passwordHash(id).orElseThrow(NotFoundException::new);
		if (password == null || !this.passwords.matches(password, hash)) {
			throw new InvalidInputException(new FieldMessage(field, "validation.password.wrong"));
		}
		return this.dataKeys.unlockWithPassword(id, password).orElseThrow(UnreadableDataException::new);
	}

	static String normalizeEmail(String email) {
		return (email == null) ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/** What a sign-up did: an account ready now, or a link sent. */
	public sealed interface SignUpResult permits SignedUp, ConfirmationSent {

	}

	/**
	 * A new account, ready to use.
	 *
	 * @param account the account
	 * @param key its data key, unwrapped for this request
	 * @param recoveryCode to show once
	 */
	public record SignedUp(Account account, DataKey key, RecoveryCode recoveryCode) implements SignUpResult {
	}

	/**
	 * A sign-up that waits for its address to be confirmed; what happened at that address
	 * is not told.
	 *
	 * @param email the address, as it will be used
	 */
	public record ConfirmationSent(String email) implements SignUpResult {
	}

	/**
	 * An account whose password was right, with its unwrapped data key.
	 *
	 * @param account the account
	 * @param key the data key
	 * @param firstRecoveryCode at the first sign-in of an account made without a recovery
	 * code, the code to show this once; otherwise null
	 */
	record Unlocked(Account account, DataKey key, RecoveryCode firstRecoveryCode) {
	}

	/**
	 * An account recovered with its recovery code.
	 *
	 * @param account the account
	 * @param key the data key
	 * @param nextRecoveryCode the code that replaces the used one
	 */
	record Recovered(Account account, DataKey key, RecoveryCode nextRecoveryCode) {
	}

}
