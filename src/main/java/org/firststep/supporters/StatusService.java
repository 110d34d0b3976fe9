package org.firststep.supporters;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.firststep.privacy.SealedField;
import org.firststep.privacy.Sealer;

/**
 * The coarse status a person shares ({@link PersonStatus}), sealed in
 * {@code person_status}; each change goes to the supporters who may see it.
 */
@Service
public class StatusService {

	static final String PATTERN = "ok|hardTime|pleaseCheckIn";

	static final SealedField STATUS = new SealedField("person_status", "status");

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusService(JdbcClient jdbc, Sealer sealer, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.events = events;
		this.clock = clock;
	}

	public Optional<PersonStatus> current(String accountId) {
		return this.jdbc.sql("SELECT status_sealed FROM person_status WHERE account_id = ?")
			.param(accountId)
			.query((row, n) -> PersonStatus.of(this.sealer.open(accountId, STATUS, accountId, row.getBytes(1))))
			.optional();
	}

	@Transactional
	public void set(String accountId, PersonStatus status) {
		byte[] sealed = this.sealer.seal(accountId, STATUS, accountId, status.apiName());
		long now = this.clock.millis();
		this.jdbc
			.sql("INSERT INTO person_status (account_id, status_sealed, updated_at) VALUES (?, ?, ?)"
					+ " ON CONFLICT (account_id) DO UPDATE"
					+ " SET status_sealed = excluded.status_sealed, updated_at = excluded.updated_at")
			.params(accountId, sealed, now)
			.update();
		this.events.publishEvent(new StatusChanged(accountId, status));
	}

	void erase(String accountId) {
		this.jdbc.sql("DELETE FROM person_status WHERE account_id = ?").param(accountId).update();
	}

	/**
	 * The person's status changed.
	 *
	 * @param accountId the person
	 * @param status the new status
	 */
	record StatusChanged(String accountId, PersonStatus status) {
	}

}
