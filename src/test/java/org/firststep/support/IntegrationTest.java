package org.firststep.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import org.firststep.privacy.Sealer;

/**
 * Base of every test that talks HTTP to the running app. All of them share one app
 * context per run, on the database {@link TestDatabase} chose. SMTP is configured (the
 * test server of {@link TestMail}), which would make sign-up wait for a confirmation
 * link; here it does not, so that a test can sign up in one step
 * ({@code SignUpConfirmationIntegrationTests} turns it back on). A failed send is tried
 * again after a second, so a test can watch it happen. A test class's own
 * {@code @TestPropertySource} can change each of these
 * ({@code HostOutboxIntegrationTests} takes SMTP away).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "firststep.accounts.confirm-sign-up=false", "spring.mail.host=127.0.0.1",
		"firststep.mail.retry-after=1s" })
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private Sealer sealer;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	/** A new client, with its own cookies and client address. */
	protected TestClient client() {
		return new TestClient(this.port);
	}

	/** A new person with an account, signed in through the pages (a browser session). */
	protected Person signedUpInBrowser() {
		return Person.signUpInBrowser(client());
	}

	/**
	 * Waits until the mail queue is empty: every mail queued so far has reached the SMTP
	 * server (or was dropped), so a test can check that some address got none.
	 */
	protected void awaitQueuedMail() {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (this.jdbc.sql("SELECT COUNT(*) FROM mail_queue").query(Long.class).single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("mail still queued after 15 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/**
	 * Waits until no reminder is due and the mail queue is empty: what a change made due
	 * has been delivered by the worker thread, so that a test can compare the database
	 * before and after reads.
	 */
	protected void awaitReminders() {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
		while (this.jdbc.sql("SELECT COUNT(*) FROM reminder WHERE due_at <= ?")
			.param(System.currentTimeMillis())
			.query(Long.class)
			.single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("reminders still due after 15 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		awaitQueuedMail();
	}

	/**
	 * Requests the page, which must answer 200, and counts the sealed values the app
	 * opened meanwhile. The tests run one at a time, so the count is this request's.
	 */
	protected Opened opened(TestClient client, String path) {
		long before = this.sealer.opened();
		Response response = client.get(path);
		long count = this.sealer.opened() - before;
		if (response.status() != 200) {
			throw new AssertionError(path + " answered " + response);
		}
		return new Opened(count, response);
	}

	/**
	 * What a request opened, and what it answered.
	 *
	 * @param count how many sealed values it opened
	 * @param response its answer
	 */
	protected record Opened(long count, Response response) {
	}

	/** A new person with an account and an API token. */
	protected Person signedUpWithToken() {
		return Person.signUpWithToken(client());
	}

}
