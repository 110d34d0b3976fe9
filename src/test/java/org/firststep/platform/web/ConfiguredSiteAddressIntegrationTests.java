package org.firststep.platform.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * An instance behind its own address ({@code firststep.base-url}, as in production behind
 * a proxy): links in e-mails use that address, and the line printed at start still names
 * where the server listens. The setting makes an application context of its own, started
 * while this class captures the output.
 */
@TestPropertySource(properties = "firststep.base-url=https://firststep.example.org")
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredSiteAddressIntegrationTests extends IntegrationTest {

	@Test
	void theStartLineNamesTheAddressTheServerListensOn(CapturedOutput output) {
		assertThat(output.getOut().lines().filter((line) -> line.contains("FirstStep is running at")))
			.singleElement(STRING)
			.contains(" INFO ")
			.endsWith("FirstStep is running at http://localhost:" + this.port);
	}

	@Test
	void withABaseUrlLinksInMailStartWithIt() throws Exception {
		Person ana = signedUpWithToken();
		String sam = Person.uniqueEmail();
		ana.client().postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", sam));

		String body = TestMail.awaitLast(sam).getContent().toString();

		assertThat(body).containsPattern("(?m)^https://firststep.example.org/invitations/[A-Za-z0-9_-]+$")
			.doesNotContain("localhost");
	}

}
