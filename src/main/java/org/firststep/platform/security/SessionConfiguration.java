package org.firststep.platform.security;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
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
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import org.firststep.platform.persistence.Database;

/**
 * Sessions live in the database (Spring Session JDBC) so that every instance shares them;
 * {@link CachedSessionRepository} spares most requests the read and the write.
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

	@Bean
	SessionCache sessionCache() {
		return new SessionCache();
	}

	/**
	 * With {@code firststep.sessions.cache=false} the cache is never turned on, for a
	 * PostgreSQL reached through a pooler that cannot carry {@code LISTEN}.
	 */
	@Bean
	SessionChanges sessionChanges(SessionCache cache, DataSource dataSource, Database database,
			@Value("${firststep.sessions.cache:true}") boolean cacheSessions) throws SQLException {
		HikariDataSource postgresql = database.isSqlite() ? null : dataSource.unwrap(HikariDataSource.class);
		return new SessionChanges(cache, new JdbcTemplate(dataSource), postgresql, cacheSessions);
	}

	@Bean
	JdbcIndexedSessionRepository jdbcSessionRepository(DataSource dataSource, PlatformTransactionManager transactions,
			SessionChanges changes, @Value("${spring.session.timeout:2h}") Duration timeout) {
		return jdbcSessions(dataSource, transactions, changes, timeout);
	}

	static JdbcIndexedSessionRepository jdbcSessions(DataSource dataSource, PlatformTransactionManager transactions,
			SessionChanges changes, Duration timeout) {
		JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				transactionsFor(transactions, changes));
		sessions.setDefaultMaxInactiveInterval(timeout);
		sessions.setConversionService(
				new SessionAttributeCodec(SessionConfiguration.class.getClassLoader()).asConversionService());
		return sessions;
	}

	/**
	 * Looking a session up is a single SELECT, which needs no transaction of its own:
	 * that saves two round trips on every lookup. Writing one keeps its transaction,
	 * which also tells the other instances of the change. A write made while the request
	 * already has a transaction open (a POST with an Idempotency-Key runs in one, such as
	 * a password change that ends the other sessions) joins it: on SQLite a second
	 * connection would wait for the write lock the first one holds, until it timed out.
	 */
	private static TransactionOperations transactionsFor(PlatformTransactionManager transactions,
			SessionChanges changes) {
		TransactionTemplate writes = new TransactionTemplate(transactions);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		TransactionTemplate joined = new TransactionTemplate(transactions);
		joined.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				if (CachedSessionRepository.READING.get()) {
					return action.doInTransaction(new SimpleTransactionStatus(false));
				}
				TransactionTemplate template = TransactionSynchronizationManager.isActualTransactionActive() ? joined
						: writes;
				return template.execute((status) -> {
					T result = action.doInTransaction(status);
					changes.announce();
					return result;
				});
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
				CachedSessionRepository.LOADED.remove();
				try {
					chain.doFilter(request, response);
				}
				finally {
					CachedSessionRepository.LOADED.remove();
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Integer.MIN_VALUE);
		return registration;
	}

	@Bean
	@Primary
	CachedSessionRepository cachedSessionRepository(JdbcIndexedSessionRepository sessions, SessionCache cache,
			SessionChanges changes) {
		return new CachedSessionRepository(sessions, cache, changes);
	}

}
