package org.firststep.platform;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests extends IntegrationTest {

	@Test
	void aRefusedAddressIsLoggedWithoutTheTokenInItsPath(CapturedOutput output) {
		String secret = "Zq7" + UUID.randomUUID().toString().replace("-", "");
		String shortSecret = "k3" + secret.substring(0, 6);
		client().get("/reset/" + secret + "?x=%ff");
		client().get("/invitations/" + shortSecret + "/accept?x=%ff");
		client().get("/api/v1/invitations/" + secret + "/accept?x=%ff");
		client().get("/confirm/" + shortSecret + "?x=%ff");

		assertThat(output.getAll()).contains("Refused GET /reset/***")
			.contains("Refused GET /invitations/***/accept")
			.contains("Refused GET /confirm/***")
			.doesNotContain(secret)
			.doesNotContain(shortSecret);
	}

	@Test
	void anAddressTheFirewallRefusesIsOneShortLineWithoutTheToken(CapturedOutput output) {
		String secret = "Zq8" + UUID.randomUUID().toString().replace("-", "");
		client().get("/invitations/" + secret + "%2Faccept");

		String log = output.getAll();
		assertThat(log).contains("Refused GET /invitations/***").doesNotContain(secret);
		assertThat(log.lines().filter((line) -> line.contains("RequestRejectedException") || line.startsWith("\tat ")))
			.isEmpty();
	}

	@Test
	void logsHoldNoPasswordsTokensOrWhatPeopleTyped(CapturedOutput output) {
		String password = "canary password " + UUID.randomUUID();
		String name = "Canary" + UUID.randomUUID().toString().substring(0, 8);
		String email = Person.uniqueEmail();
		TestClient client = client();
		var created = client.postJson("/api/v1/accounts",
				Map.of("email", email, "password", password, "displayName", name));
		String recoveryCode = created.json().get("recoveryCode").asString();
		var token = client.postJson("/api/v1/auth/tokens", Map.of("email", email, "password", password))
			.json()
			.get("token")
			.asString();
		client().postForm("/sign-in", "email", email, "password", password + " wrong");
		client().bearer(token).send("PATCH", "/api/v1/me", "application/json", "{\"displayName\": \"" + name + "\"");
		client().bearer(token).patchJson("/api/v1/me", Map.of("displayName", name, "timeZone", name));
		client().bearer("fs_" + name).get("/api/v1/me");

		assertThat(output.getAll()).doesNotContain(password)
			.doesNotContain(token)
			.doesNotContain(recoveryCode)
			.doesNotContain(name)
			.doesNotContain(email);
	}

	@Test
	void aRefusedFormIsLoggedInOneShortLineWithoutWhatItHeld(CapturedOutput output) {
		String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
		TestClient browser = client();
		browser.get("/sign-in");
		browser.send("POST", "/sign-in", "application/x-www-form-urlencoded",
				"email=" + canary + "%40example.org&password=" + canary + "%ED%A0%80");

		assertThat(output.getAll()).contains("Refused POST /sign-in: the form is not valid percent-encoded UTF-8")
			.doesNotContain(canary)
			.doesNotContain(" ERROR ")
			.doesNotContainPattern("\\n\\s+at [a-zA-Z.$]+\\(");
	}

}
