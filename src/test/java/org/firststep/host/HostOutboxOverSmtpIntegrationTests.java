package org.firststep.host;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host's outbox page where an SMTP server is configured: there is no outbox, and the
 * page says mail goes out over SMTP. A context of its own (the host admins), closed after
 * the class.
 */
@DirtiesContext
class HostOutboxOverSmtpIntegrationTests extends IntegrationTest {

	static final String ADMIN = "host-" + UUID.randomUUID() + "@example.org";

	@DynamicPropertySource
	static void hostAdmins(DynamicPropertyRegistry registry) {
		registry.add("firststep.host.admins", () -> ADMIN);
	}

	@Test
	void theOutboxPageSaysMailGoesOutOverSmtp() {
		Person admin = Person.signUpInBrowser(client(), ADMIN);

		Response list = admin.client().get("/host/outbox");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().selectFirst("#over-smtp").text())
			.isEqualTo("E-mail goes out through your mail server (SMTP), so there is no outbox to show.");
		assertThat(list.html().select("ul.outbox, #empty")).isEmpty();
	}

	@Test
	void anyoneElseStillGetsTheNotFoundPage() {
		assertThat(signedUpInBrowser().client().get("/host/outbox").status()).isEqualTo(404);
	}

}
