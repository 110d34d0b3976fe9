package org.firststep.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

class FreshStartIntegrationTests extends IntegrationTest {

	@Test
	void aLinkByEmailSetsANewPasswordAfterSayingPlainlyWhatIsErased() throws Exception {
		Person person = signedUpWithToken();
		Response sent = client().postForm("/reset", "email", person.email());
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.html().selectFirst("h1").text()).isEqualTo("Check your e-mail");

		MimeMessage mail = TestMail.awaitLast(person.email());
		assertThat(mail.getSubject()).isEqualTo("Starting afresh in FirstStep");
		String link = link(TestMail.body(mail));

		TestClient browser = client();
		Response confirm = browser.get(link);
		assertThat(confirm.status()).isEqualTo(200);
		assertThat(confirm.html().select(".danger").text()).contains("erases your private data")
			.contains("account, your e-mail address and your settings stay");

		Response unconfirmed = browser.postForm(link, "newPassword", "starting over gently");
		assertThat(unconfirmed.status()).isEqualTo(400);
		assertThat(unconfirmed.html().selectFirst("#understood-error").text()).contains("tick the box");

		Response done = browser.postForm(link, "newPassword", "starting over gently", "understood", "true");
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.html().selectFirst("#recovery-code").text()).isNotEqualTo(person.recoveryCode());
		assertThat(browser.get("/settings").status()).isEqualTo(200);
		assertThat(person.client().get("/api/v1/me").status()).as("old tokens stop working").isEqualTo(401);
		assertThat(browser.get(link).status()).as("the link works once").isEqualTo(404);
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", "starting over gently").status())
			.isEqualTo(302);
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() {
		String email = Person.uniqueEmail();
		Response sent = client().postForm("/reset", "email", email);
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.html().selectFirst("h1").text()).isEqualTo("Check your e-mail");
		awaitQueuedMail();
		assertThat(TestMail.to(email)).isEmpty();
	}

	@Test
	void theMailIsInTheAccountsLanguage() throws Exception {
		Person person = signedUpWithToken();
		person.client().patchJson("/api/v1/me", java.util.Map.of("locale", "es"));
		client().postForm("/reset", "email", person.email());
		MimeMessage mail = TestMail.awaitLast(person.email());
		assertThat(mail.getSubject()).isEqualTo("Empezar de cero en FirstStep");
	}

	@Test
	void aMadeUpLinkAnswersKindly() {
		Response response = client().get("/reset/not-a-real-token");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.html().selectFirst("h1").text()).isEqualTo("This link no longer works");
	}

	private static String link(String body) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(/reset/[A-Za-z0-9_-]+)")
			.matcher(body.replace("=\r\n", ""));
		assertThat(matcher.find()).as("a link in %s", body).isTrue();
		return matcher.group(1);
	}

}
