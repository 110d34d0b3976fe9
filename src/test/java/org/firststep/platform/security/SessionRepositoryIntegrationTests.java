package org.firststep.platform.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import org.firststep.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRepositoryIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcIndexedSessionRepository repository;

	/** Its session type is package-private; it takes back the sessions it made. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	SessionRepository<Session> sessions() {
		return (SessionRepository) this.repository;
	}

	@Test
	void sessionsLastTheConfiguredTimeAndKeepTheirAttributes() {
		Session session = sessions().createSession();
		session.setAttribute("greeting", "hola");
		sessions().save(session);

		Session found = sessions().findById(session.getId());
		assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(2));
		assertThat(found.<String>getAttribute("greeting")).isEqualTo("hola");
	}

	@Test
	void expiredSessionsAreRemovedFromTheDatabase() {
		Session session = sessions().createSession();
		session.setMaxInactiveInterval(Duration.ofSeconds(1));
		session.setLastAccessedTime(Instant.now().minusSeconds(60));
		sessions().save(session);

		this.repository.cleanUpExpiredSessions();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?")
			.param(session.getId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSessionUsedAgainWithinAMinuteIsNotWrittenButItsChangesAre() {
		Session session = sessions().createSession();
		sessions().save(session);
		long written = lastAccess(session.getId());

		Session again = sessions().findById(session.getId());
		again.setLastAccessedTime(Instant.ofEpochMilli(written).plusSeconds(30));
		again.setAttribute("greeting", "hola");
		sessions().save(again);
		assertThat(lastAccess(session.getId())).as("the time, 30 s later").isEqualTo(written);
		assertThat(sessions().findById(session.getId()).<String>getAttribute("greeting")).isEqualTo("hola");

		Session later = sessions().findById(session.getId());
		later.setLastAccessedTime(Instant.ofEpochMilli(written).plusSeconds(61));
		sessions().save(later);
		assertThat(lastAccess(session.getId())).as("the time, 61 s later").isEqualTo(written + 61_000);

		Session timedDifferently = sessions().findById(session.getId());
		timedDifferently.setMaxInactiveInterval(Duration.ofMinutes(5));
		sessions().save(timedDifferently);
		assertThat(sessions().findById(session.getId()).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(5));

		Session renamed = sessions().findById(session.getId());
		String newId = renamed.changeSessionId();
		sessions().save(renamed);
		assertThat(sessions().findById(newId)).isNotNull();
		assertThat(sessions().findById(session.getId())).isNull();
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

}
