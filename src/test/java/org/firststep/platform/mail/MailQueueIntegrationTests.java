package org.firststep.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

import org.firststep.platform.persistence.Ids;
import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every e-mail goes through the queue: sent after the change that caused it commits, on a
 * thread of its own, tried again when the SMTP server fails, sent once however many
 * instances drain the queue, and forgotten with the account it was for.
 */
class MailQueueIntegrationTests extends IntegrationTest {

	private static final Duration QUICK = Duration.ofSeconds(3);

	@Autowired
	MailQueue queue;

	@Autowired
	Mailer mailer;

	@Autowired
	MailProperties properties;

	@Autowired
	TransactionOperations transactions;

	@AfterEach
	void serverWorksAgain() {
		TestMail.work();
	}

	@Test
	void aMailTheServerRefusedIsDeliveredOnceTheServerWorksAgain() {
		Person ana = signedUpWithToken();
		String sam = Person.uniqueEmail();
		TestMail.refuse();

		Response invited = invite(ana, sam);

		assertThat(invited.status()).isEqualTo(201);
		awaitFailedAttempts(sam, 2);
		assertThat(TestMail.to(sam)).isEmpty();
		TestMail.work();
		assertThat(TestMail.awaitTo(sam, 1)).hasSize(1);
		awaitQueuedMail();
		assertThat(TestMail.to(sam)).as("sent once").hasSize(1);
	}

	@Test
	void whileTheServerHangsTheInvitationAnswersAndOtherPeoplesWritesDoNotWait() throws Exception {
		Person ana = signedUpWithToken();
		Person bob = signedUpWithToken();
		String sam = Person.uniqueEmail();
		TestMail.hang();

		CompletableFuture<Timed> invitation = CompletableFuture.supplyAsync(() -> timed(() -> invite(ana, sam)));
		TestMail.awaitHeldConnection();
		Timed write = timed(() -> bob.client().postJson("/api/v1/journal", Map.of("text", "A slow morning.")));

		assertThat(write.response().status()).isEqualTo(201);
		assertThat(write.took()).as("another person's write while the SMTP server hangs").isLessThan(QUICK);
		Timed invited = invitation.get(30, TimeUnit.SECONDS);
		assertThat(invited.response().status()).isEqualTo(201);
		assertThat(invited.took()).as("the invitation itself").isLessThan(QUICK);
		TestMail.work();
		assertThat(TestMail.awaitTo(sam, 1)).as("the mail goes once the server answers").hasSize(1);
	}

	@Test
	void twoInstancesDrainingTheSameQueueSendEachMailOnce() throws Exception {
		List<String> addresses = new ArrayList<>();
		long now = Clock.systemUTC().millis();
		for (int i = 0; i < 30; i++) {
			String address = Person.uniqueEmail();
			addresses.add(address);
			this.jdbc
				.sql("INSERT INTO mail_queue (id, recipient, subject, body, attempts, not_before, expires_at,"
						+ " created_at) VALUES (?, ?, '[test] Hello', 'Just a hello.', 0, ?, ?, ?)")
				.params(Ids.newId(), address, now, now + 60_000, now)
				.update();
		}
		drainTogether(List.of(otherInstance(), otherInstance(), otherInstance()));
		awaitQueuedMail();
		for (String address : addresses) {
			assertThat(TestMail.to(address)).as("mail to %s", address).hasSize(1);
		}
	}

	/**
	 * Instances so slow that each claim runs out before its mail is sent (here at once):
	 * another instance claims the mail meanwhile, and only the latest claim sends it.
	 */
	@Test
	void aMailWhoseClaimRanOutIsSentOnlyByTheInstanceThatClaimedItLast() throws Exception {
		List<String> addresses = new ArrayList<>();
		long now = Clock.systemUTC().millis();
		for (int i = 0; i < 30; i++) {
			String address = Person.uniqueEmail();
			addresses.add(address);
			this.jdbc
				.sql("INSERT INTO mail_queue (id, recipient, subject, body, attempts, not_before, expires_at,"
						+ " created_at) VALUES (?, ?, '[test] Hello', 'Just a hello.', 0, ?, ?, ?)")
				.params(Ids.newId(), address, now, now + 60_000, now)
				.update();
		}
		MailProperties noClaim = new MailProperties(this.properties.from(), this.properties.retryAfter(),
				Duration.ZERO);
		List<MailDrain> instances = List.of(otherInstance(noClaim), otherInstance(noClaim), otherInstance(noClaim));
		drainTogether(instances);
		awaitQueuedMail();
		Thread.sleep(500);
		for (String address : addresses) {
			assertThat(TestMail.to(address)).as("mail to %s", address).hasSize(1);
		}
	}

	@Test
	void aChangeThatRollsBackSendsNothing() {
		String address = Person.uniqueEmail();
		this.transactions.executeWithoutResult((status) -> {
			this.queue.send(new Mail(address, "[test] Hello", "Just a hello."), Instant.now().plusSeconds(60));
			status.setRollbackOnly();
		});
		this.queue.send(new Mail(address, "[test] Hello again", "Still just a hello."), Instant.now().plusSeconds(60));

		assertThat(TestMail.awaitTo(address, 1)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("[test] Hello again"));
	}

	@Test
	void aMailWhoseLinkHasExpiredIsDroppedUnsent() {
		String address = Person.uniqueEmail();
		long now = Clock.systemUTC().millis();
		this.jdbc
			.sql("INSERT INTO mail_queue (id, recipient, subject, body, attempts, not_before, expires_at, created_at)"
					+ " VALUES (?, ?, 'Your link', 'It worked for an hour.', 3, ?, ?, ?)")
			.params(Ids.newId(), address, now, now - 1, now - 3_600_000)
			.update();

		this.queue.send(new Mail(address, "[test] Later", "Sent after the first was dropped."),
				Instant.now().plusSeconds(60));

		awaitQueuedMail();
		assertThat(TestMail.awaitTo(address, 1)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).isEqualTo("[test] Later"));
	}

	@Test
	void deletingAnAccountRemovesTheMailStillQueuedForIt() {
		Person robin = signedUpWithToken();
		TestMail.refuse();
		assertThat(client().postForm("/reset", "email", robin.email()).status()).isEqualTo(200);
		awaitFailedAttempts(robin.email(), 1);

		assertThat(robin.client().deleteJson("/api/v1/me", Map.of("password", robin.password())).status())
			.isEqualTo(204);

		assertThat(queued(robin.email())).isZero();
		TestMail.work();
		awaitQueuedMail();
		assertThat(TestMail.to(robin.email())).isEmpty();
	}

	private MailDrain otherInstance() {
		return otherInstance(this.properties);
	}

	private MailDrain otherInstance(MailProperties properties) {
		return new MailDrain(this.jdbc, this.mailer, properties, Clock.systemUTC());
	}

	/** Each instance drains the queue once, all starting at the same moment. */
	private static void drainTogether(List<MailDrain> instances) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(instances.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (MailDrain instance : instances) {
				running.add(threads.submit(() -> {
					start.await();
					instance.drain();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> drain : running) {
				drain.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static Response invite(Person from, String to) {
		return from.client().postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", to));
	}

	private long queued(String address) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_queue WHERE recipient = ?")
			.param(address)
			.query(Long.class)
			.single();
	}

	/** Waits until the mail to the address has failed this many times and waits again. */
	private void awaitFailedAttempts(String address, int attempts) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			Integer tried = this.jdbc.sql("SELECT attempts FROM mail_queue WHERE recipient = ?")
				.param(address)
				.query(Integer.class)
				.optional()
				.orElse(0);
			if (tried >= attempts) {
				return;
			}
			pause();
		}
		throw new AssertionError("the mail to " + address + " was not tried " + attempts + " times");
	}

	private static Timed timed(java.util.function.Supplier<Response> call) {
		long start = System.nanoTime();
		Response response = call.get();
		return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private record Timed(Response response, Duration took) {
	}

}
