package org.firststep.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database, by Spring Session JDBC as Spring Boot configures it
 * ({@code spring.session.*}), so that every instance shares them.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * The application's transaction template, which Spring Session uses too (under the
	 * name it looks for) instead of one of its own that always opens a new transaction. A
	 * session read or write made while the request already has a transaction open (a POST
	 * with an Idempotency-Key runs in one, such as a password change that ends the other
	 * sessions) then joins it: on SQLite a second connection would wait for the write
	 * lock the first one holds, until it timed out.
	 */
	@Bean({ "transactionTemplate", "springSessionTransactionOperations" })
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	/**
	 * Spring Session's own update, written only when it changes something but the time: a
	 * new id, timeout or person, or a last access more than a minute old. Left as it
	 * comes, it wrote every page view's time to the session row, and that durable write
	 * waiting for the disk was the signed-in home page's p99 (454 ms on the bench, with a
	 * p50 of 4 ms). A session may so end up to a minute before two idle hours.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeWrittenAtMostOncePerMinute() {
		return (sessions) -> sessions.setUpdateSessionQuery(UPDATE_WHEN_CHANGED);
	}

	static final String UPDATE_WHEN_CHANGED = """
			UPDATE %TABLE_NAME%
			SET SESSION_ID = given.session_id, LAST_ACCESS_TIME = given.last_access_time,
				MAX_INACTIVE_INTERVAL = given.max_inactive_interval, EXPIRY_TIME = given.expiry_time,
				PRINCIPAL_NAME = given.principal_name
			FROM (SELECT ? AS session_id, ? AS last_access_time, ? AS max_inactive_interval, ? AS expiry_time,
				? AS principal_name) given
			WHERE PRIMARY_ID = ?
				AND (%TABLE_NAME%.SESSION_ID <> given.session_id
					OR %TABLE_NAME%.LAST_ACCESS_TIME < given.last_access_time - 60000
					OR %TABLE_NAME%.MAX_INACTIVE_INTERVAL <> given.max_inactive_interval
					OR %TABLE_NAME%.PRINCIPAL_NAME IS DISTINCT FROM given.principal_name)
			""";

}
