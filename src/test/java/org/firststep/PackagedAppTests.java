package org.firststep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.firststep.support.PackagedApp;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started the production way: its bean definitions were worked out at
 * build time, so a bean that depends on run-time settings must still appear here. Run by
 * the failsafe plugin after {@code package}. With SMTP given and nothing else, sign-up
 * waits for its link, as it does in production.
 */
class PackagedAppTests {

	static PackagedApp app;

	@BeforeAll
	static void start() throws Exception {
		app = PackagedApp
			.start(Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", String.valueOf(TestMail.port())));
	}

	@AfterAll
	static void stop() throws Exception {
		app.close();
	}

	@Test
	void startsFromTheContextProcessedAheadOfTime() {
		assertThat(app.log()).contains("Starting AOT-processed FirstStepApplication");
	}

	@Test
	void printsTheAddressToOpen() {
		assertThat(app.log()).contains("FirstStep is running at http://localhost:" + app.port() + "\n");
	}

	@Test
	void theCrisisCardAnswersSignedOut() {
		Response help = app.client().language("es-ES").get("/help");
		assertThat(help.status()).isEqualTo(200);
		assertThat(help.html().select(".emergency a[href='tel:112']")).isNotEmpty();
		assertThat(help.html().select(".lines a[href='tel:024']")).isNotEmpty();
	}

	@Test
	void withSmtpASignUpWaitsForItsLinkAndThenReachesTheHomePage() {
		TestClient browser = app.client();
		String email = Person.uniqueEmail();
		Response sent = browser.postForm("/sign-up", "email", email, "password", Person.PASSWORD, "displayName",
				"Robin");
		assertThat(sent.html().selectFirst("h1").text()).isEqualTo("Check your inbox");
		assertThat(app.client().postForm("/confirm/" + confirmationToken(email)).status()).isEqualTo(302);

		Response first = browser.postForm("/sign-in", "email", email, "password", Person.PASSWORD);
		assertThat(first.html().select("#recovery-code")).isNotEmpty();
		Response home = browser.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html().select("form[action=/sign-out]")).isNotEmpty();
	}

	@Test
	void mailGoesToTheSmtpServerGivenWhenTheAppStarts() {
		TestClient ana = confirmedWithToken();
		String sam = Person.uniqueEmail();
		Response invited = ana.postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", sam));
		assertThat(invited.status()).isEqualTo(201);
		List<MimeMessage> mail = TestMail.awaitTo(sam, 1);
		assertThat(mail).hasSize(1);
		assertThat(TestMail.body(mail.get(0)).replace("=\r\n", ""))
			.contains("http://localhost:" + app.port() + "/invitations/");
	}

	@Test
	void withoutSmtpGivenAtStartMailLandsInTheOutbox() throws Exception {
		// Spring Boot's mail sender is in this jar whatever its build saw; the host given
		// at start, here none, decides where mail goes.
		try (PackagedApp local = PackagedApp.start(Map.of())) {
			TestClient ana = local.client();
			Person.signUpWithToken(ana);
			String sam = Person.uniqueEmail();
			assertThat(ana.postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", sam)).status())
				.isEqualTo(201);
			Path outbox = local.dataDir().resolve("outbox");
			long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (!mentions(outbox, sam) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(mentions(outbox, sam)).as("an e-mail to the invited address in " + outbox).isTrue();
			assertThat(TestMail.to(sam)).isEmpty();
		}
	}

	private static boolean mentions(Path outbox, String address) throws IOException {
		if (!Files.isDirectory(outbox)) {
			return false;
		}
		try (Stream<Path> mails = Files.list(outbox)) {
			return mails.anyMatch((mail) -> {
				try {
					return Files.readString(mail).contains(address);
				}
				catch (IOException ex) {
					return false;
				}
			});
		}
	}

	@Test
	void forwardedHeadersCountOnlyFromAProxyTheHostNamed() {
		// No proxy is named here, so a client cannot escape the per-address limit by
		// naming other addresses, nor claim that it came over HTTPS.
		var sender = app.client();
		for (int i = 0; i < 10; i++) {
			sender.address("203.0.113." + (i + 1)).postForm("/reset", "email", Person.uniqueEmail());
		}
		Response refused = sender.address("198.51.100.7").postForm("/reset", "email", Person.uniqueEmail());
		assertThat(refused.status()).isEqualTo(429);

		Response plain = app.client().header("X-Forwarded-Proto", "https").get("/sign-in");
		assertThat(plain.header("Strict-Transport-Security")).isNull();
		assertThat(plain.headers("Set-Cookie")).noneMatch((cookie) -> cookie.contains("Secure"));
	}

	/** A person through sign-up, its link and a first API token. */
	private static TestClient confirmedWithToken() {
		TestClient client = app.client();
		String email = Person.uniqueEmail();
		Map<String, String> credentials = Map.of("email", email, "password", Person.PASSWORD);
		assertThat(client.postJson("/api/v1/accounts", credentials).status()).isEqualTo(202);
		assertThat(client.postJson("/api/v1/accounts/confirm", Map.of("token", confirmationToken(email))).status())
			.isEqualTo(204);
		return client.bearer(client.postJson("/api/v1/auth/tokens", credentials).json().get("token").asString());
	}

	private static String confirmationToken(String email) {
		String body = TestMail.body(TestMail.awaitLast(email)).replace("=\r\n", "");
		return body.replaceAll("(?s).*/confirm/([A-Za-z0-9_-]+).*", "$1");
	}

}
