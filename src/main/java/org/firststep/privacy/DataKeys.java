package org.firststep.privacy;

import java.time.Clock;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.privacy.DataKeyRepository.WrappedKey;

/**
 * Each account's random data key, stored only wrapped: under a key derived from the
 * password, under one derived from the recovery code, and under one per API token. The
 * associated data of each wrapped copy names the account and the way to unlock it, so a
 * copy moved to another account or slot does not open.
 */
@Service
public class DataKeys {

	static final String PASSWORD = "password";

	static final String RECOVERY = "recovery";

	static final String TOKEN = "token";

	private final DataKeyRepository repository;

	private final Clock clock;

	DataKeys(DataKeyRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Makes a new data key for a new account, wrapped under its password and a new
	 * recovery code.
	 * @return the unwrapped key, for this request, and the recovery code to show once
	 */
	@Transactional
	public NewDataKey create(String accountId, String password) {
		DataKey key = DataKey.random();
		RecoveryCode code = RecoveryCode.random();
		wrapWithSecret(accountId, PASSWORD, password, key);
		wrapWithSecret(accountId, RECOVERY, code.value(), key);
		return new NewDataKey(key, code);
	}

	/**
	 * Makes a new data key for an account whose sign-up waits for confirmation, wrapped
	 * under its password alone. The derivation takes a while, so it runs before the
	 * transaction that {@link #store stores} it; the recovery code comes at the first
	 * sign-in ({@link #addMissingRecoveryCode}), when the key is unlocked again. Making
	 * one and throwing it away takes the same time, which sign-up uses so that an address
	 * that has an account is answered as fast as one that has none.
	 */
	public PasswordWrappedKey wrapNew(String accountId, String password) {
		DataKey key = DataKey.random();
		try {
			return new PasswordWrappedKey(accountId, wrap(accountId, PASSWORD, password, key));
		}
		finally {
			key.destroy();
		}
	}

	/** Stores a key made by {@link #wrapNew}, in the caller's transaction. */
	public void store(PasswordWrappedKey key) {
		this.repository.save(key.accountId, PASSWORD, "", key.wrapped, this.clock.millis());
	}

	/**
	 * Gives an account made without a recovery code its code, at its first sign-in: the
	 * code is returned to that one sign-in, and to no other, even if two run at once.
	 * @return the code to show once, or empty when the account already has one
	 */
	public Optional<RecoveryCode> addMissingRecoveryCode(String accountId, DataKey key) {
		if (this.repository.find(accountId, RECOVERY, "").isPresent()) {
			return Optional.empty();
		}
		RecoveryCode code = RecoveryCode.random();
		WrappedKey wrapped = wrap(accountId, RECOVERY, code.value(), key);
		return this.repository.insertIfAbsent(accountId, RECOVERY, "", wrapped, this.clock.millis()) ? Optional.of(code)
				: Optional.empty();
	}

	/** The key, if the password unwraps it. */
	public Optional<DataKey> unlockWithPassword(String accountId, String password) {
		return unwrapWithSecret(accountId, PASSWORD, password);
	}

	/** Wraps the key under a new password, replacing the old wrapped copy. */
	@Transactional
	public void changePassword(String accountId, DataKey key, String newPassword) {
		wrapWithSecret(accountId, PASSWORD, newPassword, key);
	}

	/**
	 * Unlocks with a recovery code. A used code is replaced by a new one, so a code that
	 * was written down and found later no longer works.
	 */
	@Transactional
	public Optional<Recovered> recover(String accountId, RecoveryCode code, String newPassword) {
		return unwrapWithSecret(accountId, RECOVERY, code.value()).map((key) -> {
			RecoveryCode next = RecoveryCode.random();
			wrapWithSecret(accountId, PASSWORD, newPassword, key);
			wrapWithSecret(accountId, RECOVERY, next.value(), key);
			return new Recovered(key, next);
		});
	}

	/**
	 * Starts the private data afresh: a new key that the old wrapped copies cannot open.
	 * The caller has already erased what the old key sealed.
	 */
	@Transactional
	public NewDataKey replace(String accountId, String newPassword) {
		this.repository.deleteAll(accountId);
		return create(accountId, newPassword);
	}

	/** Wraps the key under an API token, which needs no slow derivation: it is random. */
	public void wrapForToken(String accountId, String tokenId, byte[] token, DataKey key) {
		byte[] salt = Crypto.randomBytes(16);
		SecretKey kek = Crypto.hkdf(token, salt, "firststep token " + tokenId);
		byte[] wrapped = Crypto.seal(kek, key.bytes(), associatedData(accountId, TOKEN, tokenId));
		this.repository.save(accountId, TOKEN, tokenId, new WrappedKey(Crypto.HKDF, salt, wrapped),
				this.clock.millis());
	}

	public Optional<DataKey> unlockWithToken(String accountId, String tokenId, byte[] token) {
		return this.repository.find(accountId, TOKEN, tokenId).flatMap((wrapped) -> {
			SecretKey kek = Crypto.hkdf(token, wrapped.salt(), "firststep token " + tokenId);
			return unwrap(kek, wrapped, associatedData(accountId, TOKEN, tokenId));
		});
	}

	/** Forgets the copy wrapped under a revoked or expired token. */
	public void forgetToken(String accountId, String tokenId) {
		this.repository.delete(accountId, TOKEN, tokenId);
	}

	private void wrapWithSecret(String accountId, String kind, String secret, DataKey key) {
		this.repository.save(accountId, kind, "", wrap(accountId, kind, secret, key), this.clock.millis());
	}

	private static WrappedKey wrap(String accountId, String kind, String secret, DataKey key) {
		byte[] salt = Crypto.randomBytes(16);
		SecretKey kek = Crypto.argon2id(secret, salt);
		byte[] wrapped = Crypto.seal(kek, key.bytes(), associatedData(accountId, kind, ""));
		return new WrappedKey(Crypto.ARGON2ID, salt, wrapped);
	}

	private Optional<DataKey> unwrapWithSecret(String accountId, String kind, String secret) {
		return this.repository.find(accountId, kind, "").flatMap((wrapped) -> {
			if (!Crypto.ARGON2ID.equals(wrapped.kdf())) {
				return Optional.empty();
			}
			return unwrap(Crypto.argon2id(secret, wrapped.salt()), wrapped, associatedData(accountId, kind, ""));
		});
	}

	private static Optional<DataKey> unwrap(SecretKey kek, WrappedKey wrapped, String associatedData) {
		try {
			return Optional.of(new DataKey(Crypto.open(kek, wrapped.wrapped(), associatedData)));
		}
		catch (AEADBadTagException ex) {
			return Optional.empty();
		}
	}

	private static String associatedData(String accountId, String kind, String ref) {
		return "firststep data key v1|" + accountId + "|" + kind + "|" + ref;
	}

	/**
	 * The key unlocked for the request being served.
	 * @throws org.firststep.platform.web.SignInAgainException when this request has none
	 */
	public DataKey inThisRequest(String accountId) {
		return CurrentDataKey.require(accountId);
	}

	/** Makes the key available to the sealer for the rest of the request being served. */
	public void useInThisRequest(String accountId, DataKey key) {
		CurrentDataKey.setForCurrentRequest(accountId, key);
	}

	/**
	 * A new data key and the recovery code that also unlocks it.
	 *
	 * @param key the unwrapped key
	 * @param recoveryCode shown to the person once
	 */
	public record NewDataKey(DataKey key, RecoveryCode recoveryCode) {
	}

	/**
	 * A new data key, wrapped under a password and not yet stored; nothing in it opens
	 * without that password.
	 */
	public static final class PasswordWrappedKey {

		private final String accountId;

		private final WrappedKey wrapped;

		PasswordWrappedKey(String accountId, WrappedKey wrapped) {
			this.accountId = accountId;
			this.wrapped = wrapped;
		}

	}

	/**
	 * What a recovery gives back.
	 *
	 * @param key the unwrapped key
	 * @param nextRecoveryCode the code that replaces the one just used
	 */
	public record Recovered(DataKey key, RecoveryCode nextRecoveryCode) {
	}

}
