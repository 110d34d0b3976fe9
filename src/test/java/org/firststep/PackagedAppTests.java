package org.firststep;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.firststep.support.PackagedApp;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started the production way: its bean definitions were worked out at
 * build time, so a bean that depends on run-time settings must still appear here. Run by
 * the failsafe plugin after {@code package}.
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
	void theCrisisCardAnswersSignedOut() {
		Response help = app.client().language("es-ES").get("/help");
		assertThat(help.status()).isEqualTo(200);
		assertThat(help.html().select(".emergency a[href='tel:112']")).isNotEmpty();
		assertThat(help.html().select(".lines a[href='tel:024']")).isNotEmpty();
	}

	@Test
	void aPersonSignsUpAndReachesTheirHomePage() {
		Person robin = Person.signUpInBrowser(app.client());
		Response home = robin.client().get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html().select("form[action=/sign-out]")).isNotEmpty();
	}

	@Test
	void mailGoesToTheSmtpServerGivenWhenTheAppStarts() {
		Person ana = Person.signUpWithToken(app.client());
		Person sam = Person.signUpWithToken(app.client());
		Response invited = ana.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", sam.email()));
		assertThat(invited.status()).isEqualTo(201);
		List<MimeMessage> mail = TestMail.awaitTo(sam.email(), 1);
		assertThat(mail).hasSize(1);
		assertThat(TestMail.body(mail.get(0)).replace("=\r\n", "")).contains("/invitations/");
	}

}
