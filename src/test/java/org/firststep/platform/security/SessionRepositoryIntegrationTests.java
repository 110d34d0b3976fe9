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

}
