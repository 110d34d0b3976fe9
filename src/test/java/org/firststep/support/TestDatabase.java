package org.firststep.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the integration tests run against, chosen for the whole run with the
 * system property {@code firststep.test.database}: {@code sqlite} (the default, a fresh
 * file) or {@code postgresql} (a real server, see {@link PostgresServer}). The build runs
 * the integration tests once on each.
 */
public final class TestDatabase {

	private static final String DATABASE = System.getProperty("firststep.test.database", "sqlite");

	private static Path dataDir;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgresql".equals(DATABASE);
	}

	static synchronized void register(DynamicPropertyRegistry registry) {
		if (dataDir == null) {
			try {
				dataDir = Files.createTempDirectory("firststep-test-data");
				// As a umask of 022 leaves a directory: the app must tighten what it
				// finds.
				PosixFileAttributeView view = Files.getFileAttributeView(dataDir, PosixFileAttributeView.class);
				if (view != null) {
					view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		registry.add("firststep.data-dir", dataDir::toString);
		// Each test client names its own address in X-Forwarded-For; the app, by default,
		// trusts no proxy.
		registry.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
		// The SMTP host and the retry interval are test properties of IntegrationTest, so
		// that a test class can take them away; only the port is known at run time.
		registry.add("spring.mail.port", TestMail::port);
		if (isPostgres()) {
			registry.add("spring.datasource.url", PostgresServer::url);
		}
	}

	/** The JDBC URL of the run's PostgreSQL test server, started on first use. */
	public static String postgresUrl() {
		return PostgresServer.url();
	}

	/** A {@code pg_dump} of the PostgreSQL test database. */
	public static String postgresDump() {
		return PostgresServer.dump();
	}

	/** The data directory of this run, where the SQLite file lives. */
	public static Path dataDir() {
		return dataDir;
	}

}
