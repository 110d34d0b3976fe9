package org.firststep.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database (Spring Session JDBC) so that every instance shares them.
 * Recording the last access on every request would turn every page view into a database
 * write; the wrapper here records it at most once a minute, which only lets an idle
 * session expire up to a minute early.
 * <p>
 * The JDBC repository is built here rather than by {@code @EnableJdbcHttpSession}, whose
 * configuration gives it an exception translator that parses Spring's XML table of
 * database error codes at every start (3.6 % of the main thread's start-up CPU); this one
 * translates from SQL states, like the rest of FirstStep. Expired sessions are still
 * removed every minute (the repository's default schedule).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	@Bean
	JdbcIndexedSessionRepository jdbcSessionRepository(DataSource dataSource, PlatformTransactionManager transactions,
			@Value("${spring.session.timeout:2h}") Duration timeout) {
		JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				transactionsFor(transactions));
		sessions.setDefaultMaxInactiveInterval(timeout);
		sessions.setConversionService(
				new SessionAttributeCodec(SessionConfiguration.class.getClassLoader()).asConversionService());
		return sessions;
	}

	/**
	 * Looking a session up is a single SELECT, which needs no transaction of its own:
	 * that saves two round trips on every signed-in request. Writing one keeps its
	 * transaction.
	 */
	private static TransactionOperations transactionsFor(PlatformTransactionManager transactions) {
		TransactionTemplate writes = new TransactionTemplate(transactions);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return TouchThrottledSessions.READING.get() ? action.doInTransaction(new SimpleTransactionStatus(false))
						: writes.execute(action);
			}
		};
	}

	/** Runs around the session filter, so that no lookup outlives its request. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionLookupScope() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				TouchThrottledSessions.LOADED.remove();
				try {
					chain.doFilter(request, response);
				}
				finally {
					TouchThrottledSessions.LOADED.remove();
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Integer.MIN_VALUE);
		return registration;
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

		/** The session looked up in this request; cleared around every request. */
		static final ThreadLocal<TouchThrottledSession> LOADED = new ThreadLocal<>();

		/** Set while a session is looked up, which reads without a transaction. */
		static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

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
			// Spring Session looks the session up again when it commits a second time at
			// the end of a request; the first answer of this request is reused instead.
			TouchThrottledSession loaded = LOADED.get();
			if (loaded != null && loaded.getId().equals(id)) {
				return loaded;
			}
			Session session;
			READING.set(true);
			try {
				session = this.delegate.findById(id);
			}
			finally {
				READING.remove();
			}
			TouchThrottledSession found = (session != null) ? new TouchThrottledSession(session) : null;
			LOADED.set(found);
			return found;
		}

		@Override
		public void deleteById(String id) {
			LOADED.remove();
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
