package org.firststep.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * FirstStep as it runs in production: the packaged jar started by {@code bin/firststep}
 * (ahead-of-time processed, with its start-up cache) in a process of its own, on a fresh
 * embedded database. Available after {@code package}, so only to tests that Maven's
 * failsafe plugin runs.
 */
public final class PackagedApp implements AutoCloseable {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	private final Process process;

	private final int port;

	private final Path dataDir;

	private final Path log;

	private PackagedApp(Process process, int port, Path dataDir, Path log) {
		this.process = process;
		this.port = port;
		this.dataDir = dataDir;
		this.log = log;
	}

	/**
	 * Starts the app with these environment variables added, and waits for its first
	 * answer.
	 */
	public static PackagedApp start(Map<String, String> environment) throws IOException, InterruptedException {
		return start(environment, Files.createTempDirectory("firststep-packaged"));
	}

	/**
	 * Starts the app on a data directory, which may be one an earlier start used: a
	 * restart.
	 */
	public static PackagedApp start(Map<String, String> environment, Path dataDir)
			throws IOException, InterruptedException {
		int port = freePort();
		Path log = ROOT.resolve("target/packaged-app-" + port + ".log");
		ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("bin/firststep").toString()).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("JAVA_OPTS");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment()
			.putAll(Map.of("FIRSTSTEP_DATA_DIR", dataDir.toString(), "SERVER_PORT", String.valueOf(port),
					"FIRSTSTEP_APP_DIR", ROOT.resolve("target/packaged-app").toString()));
		builder.environment().putAll(environment);
		PackagedApp app = new PackagedApp(builder.start(), port, dataDir, log);
		app.awaitFirstAnswer(Duration.ofMinutes(3));
		return app;
	}

	private void awaitFirstAnswer(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/")).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("bin/firststep stopped:\n" + log());
			}
			try {
				if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("bin/firststep did not answer within " + timeout + ":\n" + log());
	}

	/** The port it listens on. */
	public int port() {
		return this.port;
	}

	/** Its data directory. */
	public Path dataDir() {
		return this.dataDir;
	}

	/** A new client of the running app, with its own cookies. */
	public TestClient client() {
		return new TestClient(this.port);
	}

	/** What the app has written to its output so far. */
	public String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ends the process at once with SIGKILL, as a crash or an OOM killer would. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		FileSystemUtils.deleteRecursively(this.dataDir);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
