package org.firststep.platform.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code firststep.base-url}, as when a person tries FirstStep on their own
 * machine, links in e-mails lead to the address the server really listens on: here a
 * random port, not the 8080 of the default.
 */
class SiteAddressIntegrationTests extends IntegrationTest {

	@Test
	void withoutABaseUrlLinksInMailStartWithTheAddressTheServerListensOn() throws Exception {
		assertThat(this.port).isNotEqualTo(8080);
		Person ana = signedUpWithToken();
		String sam = Person.uniqueEmail();
		ana.client().postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", sam));

		String body = TestMail.awaitLast(sam).getContent().toString();

		assertThat(body).containsPattern("(?m)^http://localhost:" + this.port + "/invitations/[A-Za-z0-9_-]+$");
	}

}
