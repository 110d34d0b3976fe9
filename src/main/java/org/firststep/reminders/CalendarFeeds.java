package org.firststep.reminders;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.platform.security.SecretTokens;
import org.firststep.platform.web.SiteAddress;
import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;

/**
 * Each person's private calendar feed address: on when they ask for it, replaced when
 * they rotate it (the old address stops working at once), gone when they turn it off. The
 * secret is kept hashed for the lookup and sealed for showing it again.
 */
@Service
class CalendarFeeds {

	static final SealedField TOKEN = new SealedField("calendar_feed", "token");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final SiteAddress site;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Sealer sealer, SiteAddress site, Clock clock) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.site = site;
		this.clock = clock;
	}

	/** The address of the person's feed, or empty while it is off. */
	Optional<String> url(String accountId) {
		return this.jdbc.sql("SELECT token_sealed FROM calendar_feed WHERE account_id = ?")
			.param(accountId)
			.query((row, n) -> address(this.sealer.open(accountId, TOKEN, accountId, row.getBytes(1))))
			.optional();
	}

	/** A new address, replacing any earlier one, which stops working at once. */
	@Transactional
	String rotate(String accountId) {
		String token = SecretTokens.newToken();
		this.jdbc
			.sql("INSERT INTO calendar_feed (account_id, token_hash, token_sealed, created_at) VALUES (?, ?, ?, ?)"
					+ " ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash,"
					+ " token_sealed = excluded.token_sealed, created_at = excluded.created_at")
			.params(accountId, SecretTokens.hash(token), this.sealer.seal(accountId, TOKEN, accountId, token),
					this.clock.millis())
			.update();
		return address(token);
	}

	void turnOff(String accountId) {
		this.jdbc.sql("DELETE FROM calendar_feed WHERE account_id = ?").param(accountId).update();
	}

	private String address(String token) {
		return this.site.baseUrl().toString().replaceAll("/$", "") + "/calendar/" + token + ".ics";
	}

	/** Whose feed this secret opens, if any. */
	Optional<String> accountOf(String token) {
		return this.jdbc.sql("SELECT account_id FROM calendar_feed WHERE token_hash = ?")
			.param(SecretTokens.hash(token))
			.query(String.class)
			.optional();
	}

}
