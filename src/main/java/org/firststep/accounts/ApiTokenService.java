package org.firststep.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import org.firststep.platform.persistence.Ids;
import org.firststep.platform.security.BearerTokenAuthenticator;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.SecretTokens;
import org.firststep.platform.web.NotFoundException;
import org.firststep.privacy.DataKey;
import org.firststep.privacy.DataKeys;

/**
 * API tokens: made with the password, stored hashed, expiring, listed and revocable. Each
 * token also unwraps the account's data key, from a copy wrapped under that token alone;
 * revoking or expiring the token deletes that copy.
 */
@Service
public class ApiTokenService implements BearerTokenAuthenticator {

	private static final String PREFIX = "fs_";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * How often the last-used time is written: often enough to be useful, rarely enough
	 * to stay cheap.
	 */
	private static final Duration TOUCH_EVERY = Duration.ofHours(1);

	private final ApiTokenRepository tokens;

	private final DataKeys dataKeys;

	private final AccountProperties properties;

	private final TransactionOperations transactions;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, DataKeys dataKeys, AccountProperties properties,
			TransactionOperations transactions, Clock clock) {
		this.tokens = tokens;
		this.dataKeys = dataKeys;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	IssuedToken issue(String accountId, String name, DataKey key) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String id = Ids.newId();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.apiTokenLifetime());
		String label = (name == null || name.isBlank()) ? null : name.trim();
		this.transactions.executeWithoutResult((status) -> {
			this.tokens.insert(id, accountId, SecretTokens.hash(token), label, now.toEpochMilli(),
					expiresAt.toEpochMilli());
			this.dataKeys.wrapForToken(accountId, id, secret, key);
		});
		return new IssuedToken(id, token, expiresAt);
	}

	@Override
	public Optional<CurrentAccount> authenticate(String token) {
		Optional<byte[]> secret = secret(token);
		if (secret.isEmpty()) {
			return Optional.empty();
		}
		var stored = this.tokens.findByHash(SecretTokens.hash(token));
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		var row = stored.get();
		long now = this.clock.millis();
		if (row.expiresAt() <= now) {
			forget(row.accountId(), row.id());
			return Optional.empty();
		}
		Optional<DataKey> key = this.dataKeys.unlockWithToken(row.accountId(), row.id(), secret.get());
		if (key.isEmpty()) {
			return Optional.empty();
		}
		this.dataKeys.useInThisRequest(row.accountId(), key.get());
		if (row.lastUsedAt() == null || row.lastUsedAt() < now - TOUCH_EVERY.toMillis()) {
			this.tokens.touch(row.id(), now);
		}
		return Optional.of(new CurrentAccount(row.accountId()));
	}

	/** The id of a token the caller holds, if it is theirs. */
	Optional<String> idOf(String accountId, String token) {
		return this.tokens.findByHash(SecretTokens.hash(token))
			.filter((row) -> row.accountId().equals(accountId))
			.map(ApiTokenRepository.StoredToken::id);
	}

	public List<ApiToken> list(String accountId) {
		return this.tokens.findByAccount(accountId);
	}

	/** Revokes at once; a token of another account answers as if it did not exist. */
	void revoke(String accountId, String tokenId) {
		boolean deleted = Boolean.TRUE.equals(this.transactions.execute((status) -> {
			boolean gone = this.tokens.delete(accountId, tokenId);
			if (gone) {
				this.dataKeys.forgetToken(accountId, tokenId);
			}
			return gone;
		}));
		if (!deleted) {
			throw new NotFoundException();
		}
	}

	/**
	 * Revokes every token of the account and forgets the keys wrapped under them, in the
	 * caller's transaction: a new password or a recovery leaves no old way in.
	 */
	void revokeAll(String accountId) {
		for (ApiToken token : this.tokens.findByAccount(accountId)) {
			this.tokens.delete(accountId, token.id());
			this.dataKeys.forgetToken(accountId, token.id());
		}
	}

	/**
	 * Expired tokens and their wrapped keys go within the hour, even if never presented
	 * again.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetExpired() {
		this.tokens.findExpired(this.clock.millis()).forEach((row) -> forget(row.accountId(), row.id()));
	}

	private void forget(String accountId, String tokenId) {
		this.transactions.executeWithoutResult((status) -> {
			this.tokens.delete(accountId, tokenId);
			this.dataKeys.forgetToken(accountId, tokenId);
		});
	}

	private static Optional<byte[]> secret(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			byte[] secret = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
			return (secret.length == 32) ? Optional.of(secret) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A token just made; the only time the token itself is seen.
	 *
	 * @param id its id
	 * @param token the secret token
	 * @param expiresAt when it stops working
	 */
	record IssuedToken(String id, String token, Instant expiresAt) {
	}

}
