package org.firststep.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server for the whole test run, started from the machine's
 * PostgreSQL binaries on a scratch directory and a free loopback port, and stopped when
 * the JVM ends. PostgreSQL refuses to run as root, so as root it runs as the
 * {@code postgres} user. A server given in {@code FIRSTSTEP_TEST_POSTGRES_URL} is used
 * instead.
 */
final class PostgresServer {

	private static String url;

	private static Path bin;

	private static int port;

	private static boolean root;

	private PostgresServer() {
	}

	static synchronized String url() {
		if (url == null) {
			String given = System.getenv("FIRSTSTEP_TEST_POSTGRES_URL");
			url = (given != null && !given.isBlank()) ? given : start();
		}
		return url;
	}

	private static String start() {
		try {
			bin = binaries();
			Path dir = Files.createTempDirectory("firststep-pg");
			Path data = dir.resolve("data");
			root = "root".equals(System.getProperty("user.name"));
			if (root) {
				run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
			}
			run(asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "firststep", "-A",
					"trust", "-E", "UTF8", "--no-locale", "--no-sync"));
			port = freePort();
			String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
					+ " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
			run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
					dir.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start"));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(data, dir)));
			try (var connection = DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=firststep")) {
				connection.createStatement().execute("CREATE DATABASE firststep");
			}
			return "jdbc:postgresql://127.0.0.1:" + port + "/firststep?user=firststep";
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the test PostgreSQL server: " + ex.getMessage(), ex);
		}
	}

	private static Path binaries() throws IOException {
		Path base = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(base)) {
			try (Stream<Path> versions = Files.list(base)) {
				var newest = versions.filter((version) -> Files.isExecutable(version.resolve("bin/pg_ctl")))
					.max(Comparator.comparing((Path version) -> Integer.parseInt(version.getFileName().toString())));
				if (newest.isPresent()) {
					return newest.get().resolve("bin");
				}
			}
		}
		throw new IllegalStateException(
				"The PostgreSQL tests need a PostgreSQL server: install it with 'apt-get install -y postgresql'.");
	}

	/** A plain-SQL dump of the test database, as {@code pg_dump} writes it. */
	static synchronized String dump() {
		if (bin == null) {
			throw new IllegalStateException("the test server runs elsewhere (FIRSTSTEP_TEST_POSTGRES_URL)");
		}
		try {
			Process process = new ProcessBuilder(asPostgres(root, bin.resolve("pg_dump").toString(), "-h", "127.0.0.1",
					"-p", Integer.toString(port), "-U", "firststep", "firststep"))
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IOException("pg_dump failed: " + output);
			}
			return output;
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void stop(Path data, Path dir) {
		try {
			run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		catch (Exception ex) {
			// The JVM is ending; a left-over scratch directory in /tmp is harmless.
		}
	}

	private static List<String> asPostgres(boolean root, String... command) {
		List<String> line = new ArrayList<>();
		if (root) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		return line;
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed:\n" + output);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
