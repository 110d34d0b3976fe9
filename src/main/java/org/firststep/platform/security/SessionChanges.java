package org.firststep.platform.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Keeps every instance's {@link SessionCache} true to the database. On PostgreSQL each
 * change to a session sends a notification inside the transaction that makes it, so it is
 * delivered when, and only if, the change commits; every instance listens on its own
 * connection and drops its copy. While that connection is down the cache is off and every
 * lookup reads the database. On SQLite one instance owns the database, and its own
 * changes already drop its copies.
 */
final class SessionChanges implements SmartLifecycle {

	static final String CHANNEL = "firststep_sessions";

	/** How long the listener waits for a notification before it checks its connection. */
	static final Duration CHECK_EVERY = Duration.ofSeconds(10);

	private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(SessionChanges.class);

	private static final ThreadLocal<List<String>> CHANGING = new ThreadLocal<>();

	private final SessionCache cache;

	private final JdbcTemplate jdbc;

	private final HikariDataSource postgresql;

	private final boolean caching;

	private volatile boolean running;

	private volatile Connection listening;

	private Thread listener;

	/**
	 * @param postgresql the pool whose settings the listener connects with; null on
	 * SQLite
	 * @param caching whether to turn the cache on at all
	 */
	SessionChanges(SessionCache cache, JdbcTemplate jdbc, HikariDataSource postgresql, boolean caching) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.postgresql = postgresql;
		this.caching = caching;
	}

	/** Runs a write to the session stored under these ids; see {@link #announce()}. */
	void whileChanging(List<String> ids, Runnable write) {
		CHANGING.set(ids);
		try {
			write.run();
		}
		finally {
			CHANGING.remove();
		}
	}

	/** Called inside every session-writing transaction. */
	void announce() {
		List<String> ids = CHANGING.get();
		if (ids != null && this.postgresql != null) {
			for (String id : ids) {
				this.jdbc.query("SELECT pg_notify(?, ?)", (ResultSetExtractor<Object>) (rows) -> null, CHANNEL, id);
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		if (!this.caching) {
			return;
		}
		if (this.postgresql == null) {
			this.cache.enable();
			return;
		}
		this.listener = new Thread(this::listen, "session-changes");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.cache.disable();
		closeQuietly(this.listening);
		if (this.listener != null) {
			this.listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		Duration wait = Duration.ofSeconds(1);
		while (this.running) {
			try (Connection connection = connect()) {
				this.listening = connection;
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				this.cache.enable();
				wait = Duration.ofSeconds(1);
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = notifications.getNotifications((int) CHECK_EVERY.toMillis());
					if (received != null && received.length > 0) {
						for (PGNotification notification : received) {
							this.cache.evict(notification.getParameter());
						}
					}
					else if (!connection.isValid((int) CHECK_EVERY.toSeconds())) {
						throw new SQLException("the listening connection stopped answering", "08006");
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.cache.disable();
				if (this.running) {
					log.warn("Not hearing session changes from other instances ({}); sessions are read "
							+ "from the database until this reconnects", reason(ex));
					wait = pause(wait);
				}
			}
			finally {
				this.cache.disable();
				this.listening = null;
			}
		}
	}

	/** Why the listener stopped, without anything a message might quote. */
	private static String reason(Exception ex) {
		return (ex instanceof SQLException sql) ? "SQL state " + sql.getSQLState() : ex.getClass().getSimpleName();
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.postgresql.getDataSourceProperties());
		if (this.postgresql.getUsername() != null) {
			properties.setProperty("user", this.postgresql.getUsername());
		}
		if (this.postgresql.getPassword() != null) {
			properties.setProperty("password", this.postgresql.getPassword());
		}
		properties.setProperty("ApplicationName", "firststep-session-changes");
		Connection connection = new org.postgresql.Driver().connect(this.postgresql.getJdbcUrl(), properties);
		if (connection == null) {
			throw new SQLException("not a PostgreSQL address", "08001");
		}
		connection.setAutoCommit(true);
		return connection;
	}

	private Duration pause(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
		Duration next = wait.multipliedBy(2);
		return (next.compareTo(MAX_RETRY_WAIT) > 0) ? MAX_RETRY_WAIT : next;
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// already closing
			}
		}
	}

}
