package org.firststep.platform.security;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import org.firststep.platform.security.CachedSessionRepository.CachedSession;
import org.firststep.support.IntegrationTest;
import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Sessions are read from memory once read, and every change, on this instance or another,
 * is seen at once.
 */
class SessionCacheIntegrationTests extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	CachedSessionRepository sessions;

	@Autowired
	SessionCache cache;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void cacheIsOn() {
		await().atMost(PATIENCE).until(this.cache::isEnabled);
		CachedSessionRepository.LOADED.remove();
	}

	@AfterEach
	void forgetTheRequest() {
		CachedSessionRepository.LOADED.remove();
	}

	@Test
	void aSessionReadOnceIsServedFromMemory() {
		String id = savedSession("greeting", "hola");
		assertThat(find(this.sessions, id).<String>getAttribute("greeting")).isEqualTo("hola");
		awaitCached(id);

		deleteBehindTheCachesBack(id);

		assertThat(find(this.sessions, id)).as("served from memory").isNotNull();
		this.cache.evict(id);
		assertThat(find(this.sessions, id)).isNull();
	}

	@Test
	void aChangeWorksOnAFreshCopyAndOtherRequestsKeepTheirs() {
		String id = savedSession("greeting", "hola");
		CachedSession first = find(this.sessions, id);
		CachedSession second = find(this.sessions, id);

		first.setAttribute("greeting", "adiós");
		this.sessions.save(first);

		assertThat(second.<String>getAttribute("greeting")).isEqualTo("hola");
		assertThat(find(this.sessions, id).<String>getAttribute("greeting")).isEqualTo("adiós");
	}

	@Test
	void aNewSessionChangedAgainIsReadAfresh() {
		CachedSession made = this.sessions.createSession();
		made.setAttribute("greeting", "hola");
		this.sessions.save(made);
		find(this.sessions, made.getId());

		made.setAttribute("greeting", "adiós");
		this.sessions.save(made);

		assertThat(find(this.sessions, made.getId()).<String>getAttribute("greeting")).isEqualTo("adiós");
	}

	@Test
	void signingOutIsSeenAtOnce() {
		String id = savedSession("greeting", "hola");
		find(this.sessions, id);

		this.sessions.deleteById(id);

		assertThat(find(this.sessions, id)).isNull();
	}

	@Test
	void changesMadeByAnotherInstanceAreSeen() {
		assumeTrue(TestDatabase.isPostgres(), "only PostgreSQL is shared by several instances");
		CachedSessionRepository other = anotherInstance();
		String id = savedSession("greeting", "hola");
		find(this.sessions, id);

		CachedSession there = find(other, id);
		there.setAttribute("greeting", "adiós");
		other.save(there);

		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(find(this.sessions, id).<String>getAttribute("greeting")).isEqualTo("adiós"));
		other.deleteById(id);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(find(this.sessions, id)).isNull());
	}

	@Test
	void whileItCannotHearOtherInstancesItReadsTheDatabase() {
		assumeTrue(TestDatabase.isPostgres(), "only PostgreSQL is shared by several instances");
		String id = savedSession("greeting", "hola");
		awaitCached(id);

		new JdbcTemplate(this.dataSource).queryForList(
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
				"firststep-session-changes");
		deleteBehindTheCachesBack(id);

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(find(this.sessions, id)).isNull());
		await().atMost(PATIENCE).until(this.cache::isEnabled);
	}

	private String savedSession(String name, String value) {
		CachedSession session = this.sessions.createSession();
		session.setAttribute(name, value);
		this.sessions.save(session);
		return session.getId();
	}

	/** A notification still on its way from an earlier write may drop a first read. */
	private void awaitCached(String id) {
		await().atMost(PATIENCE).until(() -> find(this.sessions, id) != null && this.cache.get(id) != null);
	}

	/** A lookup as a new request makes it. */
	private static CachedSession find(CachedSessionRepository repository, String id) {
		CachedSessionRepository.LOADED.remove();
		return repository.findById(id);
	}

	/** As a change that no instance announced would be. */
	private void deleteBehindTheCachesBack(String id) {
		this.jdbc.sql("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?").param(id).update();
	}

	/** The same database through another instance's repository and cache. */
	private CachedSessionRepository anotherInstance() {
		SessionCache otherCache = new SessionCache();
		SessionChanges changes = new SessionChanges(otherCache, new JdbcTemplate(this.dataSource),
				(HikariDataSource) this.dataSource, true);
		return new CachedSessionRepository(
				SessionConfiguration.jdbcSessions(this.dataSource, this.transactions, changes, Duration.ofHours(2)),
				otherCache, changes);
	}

}
