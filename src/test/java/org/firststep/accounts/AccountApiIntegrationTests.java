package org.firststep.accounts;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

class AccountApiIntegrationTests extends IntegrationTest {

	@Test
	void signUpAnswersTheAccountAndARecoveryCode() {
		Response created = client().postJson("/api/v1/accounts", Map.of("email", Person.uniqueEmail(), "password",
				Person.PASSWORD, "locale", "es", "timeZone", "Europe/Madrid", "country", "ES"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/me");
		JsonNode body = created.json();
		assertThat(body.get("recoveryCode").asString()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
		assertThat(body.get("account").get("locale").asString()).isEqualTo("es");
		assertThat(body.get("account").get("id").asString()).hasSize(36);
	}

	@Test
	void signUpWithBadFieldsListsEachInTheRequestLanguage() {
		Response refused = client().language("es")
			.postJson("/api/v1/accounts", Map.of("email", "nope", "password", "short", "locale", "fr", "timeZone",
					"Nowhere/Else", "country", "ZZ"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = refused.json();
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("email", "password", "locale", "timeZone", "country");
		assertThat(problem.get("errors").toString()).contains("Elige un país de la lista");
	}

	@Test
	void aPasswordOfOnlySpacesIsRefusedAtSignUpWithAClearMessage() {
		Response refused = client().postJson("/api/v1/accounts",
				Map.of("email", Person.uniqueEmail(), "password", " ".repeat(12)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("not only spaces");
	}

	@Test
	void aPasswordIsTakenExactlyAsTypedInNfc() {
		String email = Person.uniqueEmail();
		String password = "  caf\u00e9 on the corner  ";
		assertThat(client().postJson("/api/v1/accounts", Map.of("email", email, "password", password)).status())
			.isEqualTo(201);
		assertThat(tokenStatus(email, "  cafe\u0301 on the corner  ")).as("the same word, decomposed").isEqualTo(201);
		assertThat(tokenStatus(email, "caf\u00e9 on the corner")).as("spaces are part of it").isEqualTo(401);
		Response signIn = client().postForm("/sign-in", "email", email, "password", "  cafe\u0301 on the corner  ");
		assertThat(signIn.status()).as("the form too").isEqualTo(302);
	}

	@Test
	void signInTakesAPasswordOfOnlySpacesToTheCheckLikeAnyOther() {
		String email = Person.uniqueEmail();
		client().postJson("/api/v1/accounts", Map.of("email", email, "password", Person.PASSWORD));
		assertThat(tokenStatus(email, " ".repeat(12))).as("wrong, not missing").isEqualTo(401);
		assertThat(tokenStatus(email, "")).as("missing").isEqualTo(400);
	}

	private int tokenStatus(String email, String password) {
		return client().postJson("/api/v1/auth/tokens", Map.of("email", email, "password", password)).status();
	}

	@Test
	void meIsReadAndChangedWithAToken() {
		Person person = signedUpWithToken();
		assertThat(person.client().get("/api/v1/me").json().get("email").asString()).isEqualTo(person.email());
		Response patched = person.client()
			.patchJson("/api/v1/me", Map.of("displayName", "Noor", "country", "MX", "timeZone", "America/Mexico_City"));
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("displayName").asString()).isEqualTo("Noor");
		assertThat(patched.json().get("locale").asString()).isEqualTo("en");
		Response cleared = person.client().patchJson("/api/v1/me", Map.of("country", ""));
		assertThat(cleared.json().get("country").isNull()).isTrue();
	}

	@Test
	void meWithoutSigningInAnswers401AsAProblem() {
		Response response = client().get("/api/v1/me");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void passwordChangeThroughTheApi() {
		Person person = signedUpWithToken();
		Response wrong = person.client()
			.postJson("/api/v1/me/password",
					Map.of("currentPassword", "wrong one", "newPassword", "a new long phrase"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
		Response changed = person.client()
			.postJson("/api/v1/me/password",
					Map.of("currentPassword", person.password(), "newPassword", "a new long phrase"));
		assertThat(changed.status()).isEqualTo(204);
		assertThat(client()
			.postJson("/api/v1/auth/tokens", Map.of("email", person.email(), "password", "a new long phrase"))
			.status()).isEqualTo(201);
	}

	/**
	 * With an Idempotency-Key the change runs in one transaction, and ending the other
	 * sessions happens inside it: on SQLite a session write on a connection of its own
	 * would wait for that transaction's write lock until it timed out.
	 */
	@Test
	void passwordChangeThroughTheApiWithAKeyEndsTheOtherSessions() {
		Person me = signedUpInBrowser();
		TestClient phone = client();
		phone.postForm("/sign-in", "email", me.email(), "password", me.password());
		assertThat(phone.get("/api/v1/me").status()).isEqualTo(200);

		Response changed = me.client()
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.postJson("/api/v1/me/password",
					Map.of("currentPassword", me.password(), "newPassword", "a new long phrase"));
		me.client().withoutHeader("Idempotency-Key");

		assertThat(changed.status()).isEqualTo(204);
		assertThat(phone.get("/api/v1/me").status()).as("the other session ended").isEqualTo(401);
		assertThat(me.client().get("/api/v1/me").status()).as("this one goes on").isEqualTo(200);
	}

	@Test
	void recoveryThroughTheApiGivesANewCode() {
		Person person = signedUpWithToken();
		Response recovered = client().postJson("/api/v1/auth/recover", Map.of("email", person.email(), "recoveryCode",
				person.recoveryCode(), "newPassword", "found my way back in"));
		assertThat(recovered.status()).isEqualTo(200);
		assertThat(recovered.json().get("recoveryCode").asString()).isNotEqualTo(person.recoveryCode());
		Response wrong = client().postJson("/api/v1/auth/recover", Map.of("email", person.email(), "recoveryCode",
				"AAAAA-BBBBB-CCCCC-DDDDD", "newPassword", "found my way back in"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("recoveryCode");
	}

	@Test
	void deleteNeedsThePasswordAndRemovesTheAccount() {
		Person person = signedUpWithToken();
		assertThat(person.client().deleteJson("/api/v1/me", Map.of("password", "wrong")).status()).isEqualTo(400);
		assertThat(person.client().deleteJson("/api/v1/me", Map.of("password", person.password())).status())
			.isEqualTo(204);
		assertThat(person.client().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
			.param(person.accountId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void sessionCallsNeedTheCsrfHeaderAndBearerCallsDoNot() {
		Person person = signedUpInBrowser();
		Response withHeader = person.client().patchJson("/api/v1/me", Map.of("displayName", "Lee"));
		assertThat(withHeader.status()).isEqualTo(200);

		Response withoutToken = person.client()
			.sendWithoutCsrf("PATCH", "/api/v1/me", "{\"displayName\": \"Mallory\"}");
		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(withoutToken.header("Content-Type")).startsWith("application/problem+json");
		assertThat(person.client().get("/api/v1/me").json().get("displayName").asString()).isEqualTo("Lee");

		Person api = signedUpWithToken();
		assertThat(api.client().cookie("XSRF-TOKEN")).isPresent();
		assertThat(api.client().sendWithoutCsrf("PATCH", "/api/v1/me", "{\"displayName\": \"Bo\"}").status())
			.isEqualTo(200);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		Person person = signedUpInBrowser();
		Response forged = person.client().postFormWithoutCsrf("/settings/profile", "displayName", "Forged");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(person.client().get("/api/v1/me").json().get("displayName").asString()).isEqualTo("Robin");
	}

	/**
	 * A lone surrogate has no UTF-8 form: hashing it once failed deep in Argon2 with a
	 * 500. Whichever operation carries it, it answers 400 naming the field, and changes
	 * nothing.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "POST /api/v1/auth/tokens password", "POST /api/v1/accounts password",
			"POST /api/v1/me/password currentPassword", "POST /api/v1/me/password newPassword",
			"DELETE /api/v1/me password" })
	void aLoneSurrogateInAPasswordAnswers400NamingTheField(String operation) {
		String[] parts = operation.split(" ");
		Person person = signedUpWithToken();
		String surrogate = "\"a calm walk \\ud800 by the river\"";
		String body = switch (parts[1]) {
			case "/api/v1/auth/tokens" -> "{\"email\": \"" + person.email() + "\", \"password\": " + surrogate + "}";
			case "/api/v1/accounts" -> "{\"email\": \"" + Person.uniqueEmail() + "\", \"password\": " + surrogate + "}";
			case "/api/v1/me/password" -> parts[2].equals("currentPassword")
					? "{\"currentPassword\": " + surrogate + ", \"newPassword\": \"a quiet swim in the lake\"}"
					: "{\"currentPassword\": \"" + person.password() + "\", \"newPassword\": " + surrogate + "}";
			default -> "{\"password\": " + surrogate + "}";
		};
		Response refused = person.client().send(parts[0], parts[1], "application/json", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(parts[2]);
		assertThat(error.get("message").asString()).contains("character we can’t store");
		assertThat(person.client().get("/api/v1/me").status()).as("the account and its token are as they were")
			.isEqualTo(200);
	}

}
