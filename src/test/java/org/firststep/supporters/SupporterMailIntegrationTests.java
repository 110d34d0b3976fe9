package org.firststep.supporters;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

class SupporterMailIntegrationTests extends IntegrationTest {

	@Test
	void anInvitationCanBeEmailedAndTheLinkInItWorks() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		ana.client().postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", sam.email()));
		MimeMessage mail = TestMail.awaitLast(sam.email());
		String body = TestMail.body(mail).replace("=\r\n", "");
		String token = body.replaceAll("(?s).*/invitations/([A-Za-z0-9_-]+).*", "$1");
		assertThat(sam.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of()).status()).isEqualTo(201);
	}

}
