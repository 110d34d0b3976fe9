package org.firststep.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in the database (Spring Session JDBC) so that every instance shares them.
 * Recording the last access on every request would turn every page view into a database
 * write; the wrapper here records it at most once a minute, which only lets an idle
 * session expire up to a minute early.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${spring.session.timeout:2h}") Duration timeout) {
		return (sessions) -> sessions.setDefaultMaxInactiveInterval(timeout);
	}

	@Bean
	@Primary
	TouchThrottledSessions touchThrottledSessions(JdbcIndexedSessionRepository sessions) {
		return new TouchThrottledSessions(sessions);
	}

	/**
	 * The JDBC session repository, writing the last-access time only when it has moved
	 * on.
	 */
	static final class TouchThrottledSessions implements FindByIndexNameSessionRepository<TouchThrottledSession> {

		private final FindByIndexNameSessionRepository<Session> delegate;

		@SuppressWarnings("unchecked")
		TouchThrottledSessions(JdbcIndexedSessionRepository delegate) {
			// Its session type is package-private; the sessions it hands out are its own.
			this.delegate = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) delegate;
		}

		@Override
		public TouchThrottledSession createSession() {
			return new TouchThrottledSession(this.delegate.createSession());
		}

		@Override
		public void save(TouchThrottledSession session) {
			this.delegate.save(session.delegate);
		}

		@Override
		public TouchThrottledSession findById(String id) {
			var session = this.delegate.findById(id);
			return (session != null) ? new TouchThrottledSession(session) : null;
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, TouchThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> new TouchThrottledSession(entry.getValue())));
		}

	}

	/**
	 * A session that ignores a new last-access time less than a minute after the stored
	 * one.
	 */
	static final class TouchThrottledSession implements Session {

		private final Session delegate;

		TouchThrottledSession(Session delegate) {
			this.delegate = delegate;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.delegate.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
