package org.firststep.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleIntegrationTests extends IntegrationTest {

	@Test
	void tooManyFailuresForOneAddressWaitWithRetryAfter() {
		Person person = signedUpWithToken();
		for (int i = 0; i < 5; i++) {
			TestClient attacker = client();
			assertThat(attacker.postForm("/sign-in", "email", person.email(), "password", "guess number " + i).status())
				.isEqualTo(400);
		}
		Response page = client().postForm("/sign-in", "email", person.email(), "password", person.password());
		assertThat(page.status()).isEqualTo(429);
		assertThat(Long.parseLong(page.header("Retry-After"))).isBetween(1L, 15 * 60L);
		assertThat(page.html().selectFirst(".alert").text()).contains("too many attempts");

		Response api = client().language("es")
			.postJson("/api/v1/auth/tokens", Map.of("email", person.email(), "password", person.password()));
		assertThat(api.status()).isEqualTo(429);
		assertThat(api.header("Retry-After")).isNotNull();
		assertThat(api.json().get("detail").asString()).contains("demasiados intentos");
	}

	@Test
	void tooManyFailuresFromOneClientAddressWait() {
		TestClient attacker = client();
		for (int i = 0; i < 30; i++) {
			attacker.postForm("/sign-in", "email", Person.uniqueEmail(), "password", "guess " + i);
		}
		Person person = signedUpWithToken();
		Response refused = attacker.postForm("/sign-in", "email", person.email(), "password", person.password());
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotNull();
		Response elsewhere = client().postForm("/sign-in", "email", person.email(), "password", person.password());
		assertThat(elsewhere.status()).isEqualTo(302);
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		Person person = signedUpWithToken();
		for (int i = 0; i < 4; i++) {
			client().postForm("/sign-in", "email", person.email(), "password", "guess " + i);
		}
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(302);
		for (int i = 0; i < 4; i++) {
			client().postForm("/sign-in", "email", person.email(), "password", "guess again " + i);
		}
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(302);
	}

	@Test
	void guessesFromElsewhereNeverLockTheOwnerOutOfABrowserTheyHaveSignedInFrom() {
		Person person = signedUpWithToken();
		TestClient ownPhone = client();
		assertThat(ownPhone.postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(302);
		assertThat(ownPhone.cookie("FIRSTSTEP_DEVICE")).isPresent();
		ownPhone.postForm("/sign-out");
		for (int i = 0; i < 5; i++) {
			client().postForm("/sign-in", "email", person.email(), "password", "guess number " + i);
		}

		assertThat(client().postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(429);
		assertThat(ownPhone.postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(302);
	}

	@Test
	void aKnownBrowserHasABudgetOfItsOwnNotAFreePass() {
		Person person = signedUpWithToken();
		TestClient ownLaptop = client();
		ownLaptop.postForm("/sign-in", "email", person.email(), "password", person.password());
		ownLaptop.postForm("/sign-out");
		for (int i = 0; i < 5; i++) {
			assertThat(ownLaptop.postForm("/sign-in", "email", person.email(), "password", "forgot " + i).status())
				.isEqualTo(400);
		}
		assertThat(ownLaptop.postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(429);
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.as("the laptop's failures are its own")
			.isEqualTo(302);
	}

	@Test
	void aBrowserKnownToOneAccountIsAStrangerToAnother() {
		Person attacker = signedUpInBrowser();
		Person person = signedUpWithToken();
		assertThat(attacker.client().cookie("FIRSTSTEP_DEVICE")).isPresent();
		for (int i = 0; i < 5; i++) {
			attacker.client().postForm("/sign-in", "email", person.email(), "password", "guess number " + i);
		}
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(429);
	}

	@Test
	void freshStartLinksHaveTheirOwnLimitsAndNeverLockAnyoneOut() {
		Person person = signedUpWithToken();
		for (int i = 0; i < 3; i++) {
			assertThat(client().postForm("/reset", "email", person.email()).status()).isEqualTo(200);
		}
		Response fourth = client().postForm("/reset", "email", person.email());
		assertThat(fourth.status()).isEqualTo(429);
		assertThat(fourth.header("Retry-After")).isNotNull();
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(302);
	}

	@Test
	void oneClientCannotAskForLinksToManyAddresses() {
		TestClient sender = client();
		for (int i = 0; i < 10; i++) {
			assertThat(sender.postForm("/reset", "email", Person.uniqueEmail()).status()).isEqualTo(200);
		}
		assertThat(sender.postForm("/reset", "email", Person.uniqueEmail()).status()).isEqualTo(429);
		assertThat(client().postForm("/reset", "email", Person.uniqueEmail()).status()).isEqualTo(200);
	}

}
