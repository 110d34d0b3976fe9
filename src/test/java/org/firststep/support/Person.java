package org.firststep.support;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A test person with an account: their address, password, recovery code and a client
 * signed in as them.
 *
 * @param email unique per person
 * @param password their password
 * @param recoveryCode the code shown at sign-up
 * @param accountId their account's id
 * @param client signed in as them (a session, or a bearer token)
 * @param token their API token, or null for a browser session
 */
public record Person(String email, String password, String recoveryCode, String accountId, TestClient client,
		String token) {

	public static final String PASSWORD = "a calm walk by the river";

	public static String uniqueEmail() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

	public static Person signUpInBrowser(TestClient client) {
		return signUpInBrowser(client, uniqueEmail());
	}

	/** The same, with the given address. */
	public static Person signUpInBrowser(TestClient client, String email) {
		Response page = client.postForm("/sign-up", "email", email, "password", PASSWORD, "displayName", "Robin",
				"timeZone", "Europe/Madrid");
		if (page.status() != 200) {
			throw new AssertionError("sign-up failed: " + page);
		}
		String code = page.html().selectFirst("#recovery-code").text();
		JsonNode me = client.get("/api/v1/me").json();
		return new Person(email, PASSWORD, code, me.get("id").asString(), client, null);
	}

	public static Person signUpWithToken(TestClient client) {
		String email = uniqueEmail();
		Response created = client.postJson("/api/v1/accounts", java.util.Map.of("email", email, "password", PASSWORD,
				"displayName", "Robin", "timeZone", "Europe/Madrid", "country", "ES", "locale", "en"));
		if (created.status() != 201) {
			throw new AssertionError("sign-up failed: " + created);
		}
		Response token = client.postJson("/api/v1/auth/tokens", java.util.Map.of("email", email, "password", PASSWORD));
		if (token.status() != 201) {
			throw new AssertionError("token failed: " + token);
		}
		String value = token.json().get("token").asString();
		client.bearer(value);
		return new Person(email, PASSWORD, created.json().get("recoveryCode").asString(),
				created.json().get("account").get("id").asString(), client, value);
	}

}
