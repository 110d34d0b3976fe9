package org.firststep.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIntegrationTests extends IntegrationTest {

	@Test
	void tokensAreStoredOnlyAsHashes() {
		Person person = signedUpWithToken();
		String stored = this.jdbc.sql("SELECT token_hash FROM api_token WHERE account_id = ?")
			.param(person.accountId())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(person.token()).hasSize(64);
	}

	@Test
	void aNewPasswordRevokesEveryTokenAndItsKeyCopy() {
		Person person = signedUpWithToken();
		String other = newToken(person.email(), person.password());
		Response changed = person.client()
			.postJson("/api/v1/me/password",
					Map.of("currentPassword", person.password(), "newPassword", "a brand new long password"));
		assertThat(changed.status()).isEqualTo(204);
		assertThat(person.client().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(client().bearer(other).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(tokenRowsAndKeyCopies(person.accountId())).isZero();
		assertThat(newToken(person.email(), "a brand new long password")).isNotBlank();
	}

	@Test
	void aRecoveryRevokesEveryToken() {
		Person person = signedUpWithToken();
		Response recovered = client().postJson("/api/v1/auth/recover", Map.of("email", person.email(), "recoveryCode",
				person.recoveryCode(), "newPassword", "a brand new long password"));
		assertThat(recovered.status()).isEqualTo(200);
		assertThat(person.client().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(tokenRowsAndKeyCopies(person.accountId())).isZero();
	}

	private String newToken(String email, String password) {
		return client().postJson("/api/v1/auth/tokens", Map.of("email", email, "password", password))
			.json()
			.get("token")
			.asString();
	}

	private int tokenRowsAndKeyCopies(String accountId) {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM api_token WHERE account_id = :id)"
					+ " + (SELECT COUNT(*) FROM data_key WHERE account_id = :id AND kind = 'token')")
			.param("id", accountId)
			.query(Integer.class)
			.single();
	}

	@Test
	void wrongCredentialsAnswer401() {
		Person person = signedUpWithToken();
		Response refused = client().postJson("/api/v1/auth/tokens",
				Map.of("email", person.email(), "password", "not it at all"));
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("don’t match");
	}

	@Test
	void tokensAreListedWithoutTheTokenAndRevocable() {
		Person person = signedUpWithToken();
		Response second = client().postJson("/api/v1/auth/tokens",
				Map.of("email", person.email(), "password", person.password(), "name", "backup script"));
		String secondId = second.json().get("id").asString();
		var list = person.client().get("/api/v1/me/tokens").json();
		assertThat(list.get("items")).hasSize(2);
		assertThat(list.toString()).doesNotContain(person.token()).contains("backup script");
		assertThat(list.get("items").get(0).has("expiresAt")).isTrue();

		assertThat(person.client().delete("/api/v1/me/tokens/" + secondId).status()).isEqualTo(204);
		assertThat(client().bearer(second.json().get("token").asString()).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(person.client().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void anotherAccountsTokenIdAnswers404() {
		Person owner = signedUpWithToken();
		Person other = signedUpWithToken();
		String ownerTokenId = owner.client().get("/api/v1/me/tokens").json().get("items").get(0).get("id").asString();
		Response response = other.client().delete("/api/v1/me/tokens/" + ownerTokenId);
		assertThat(response.status()).isEqualTo(404);
		assertThat(owner.client().get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void revokingTheCurrentTokenEndsIt() {
		Person person = signedUpWithToken();
		assertThat(person.client().delete("/api/v1/auth/tokens/current").status()).isEqualTo(204);
		assertThat(person.client().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM data_key WHERE account_id = ? AND kind = 'token'")
			.param(person.accountId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anExpiredTokenNoLongerWorksAndItsKeyCopyGoes() {
		Person person = signedUpWithToken();
		this.jdbc.sql("UPDATE api_token SET expires_at = 0 WHERE account_id = ?").param(person.accountId()).update();
		assertThat(person.client().get("/api/v1/me").status()).isEqualTo(401);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM data_key WHERE account_id = ? AND kind = 'token'")
			.param(person.accountId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void garbageTokensAnswer401EvenWithASession() {
		Person person = signedUpInBrowser();
		Response response = person.client().bearer("fs_not-a-real-token").get("/api/v1/me");
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void settingsPageMakesAndRevokesTokens() {
		Person person = signedUpInBrowser();
		Response page = person.client().postForm("/settings/tokens", "name", "my notebook");
		assertThat(page.status()).isEqualTo(200);
		String token = page.html().selectFirst("#new-token").text();
		assertThat(client().bearer(token).get("/api/v1/me").status()).isEqualTo(200);
		String id = person.client().get("/api/v1/me/tokens").json().get("items").get(0).get("id").asString();
		assertThat(person.client().postForm("/settings/tokens/" + id + "/revoke").status()).isEqualTo(302);
		assertThat(client().bearer(token).get("/api/v1/me").status()).isEqualTo(401);
	}

}
