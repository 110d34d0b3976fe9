package org.firststep.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The data key of a browser is split between the shared session and the browser. */
class SessionKeysIntegrationTests extends IntegrationTest {

	@Test
	void theSessionHoldsTheKeyWrappedAndNothingThatUnwrapsIt() {
		Person me = signedUpInBrowser();
		byte[] secret = Base64.getUrlDecoder().decode(me.client().cookie(SessionKeys.COOKIE).orElseThrow());

		List<String> names = this.jdbc
			.sql("SELECT a.ATTRIBUTE_NAME FROM SPRING_SESSION_ATTRIBUTES a"
					+ " JOIN SPRING_SESSION s ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.SESSION_ID = ?")
			.param(sessionId(me.client()))
			.query(String.class)
			.list();
		List<byte[]> stored = this.jdbc
			.sql("SELECT a.ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES a"
					+ " JOIN SPRING_SESSION s ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.SESSION_ID = ?")
			.param(sessionId(me.client()))
			.query(byte[].class)
			.list();

		assertThat(names).contains(SessionKeys.ATTRIBUTE);
		assertThat(stored).allSatisfy((bytes) -> assertThat(indexOf(bytes, secret)).isEqualTo(-1));
	}

	@Test
	void theSessionCookieAloneOpensNoData() {
		Person me = signedUpInBrowser();
		assertThat(me.client().postJson("/api/v1/journal", Map.of("text", "Called Sam today.")).status())
			.isEqualTo(201);
		TestClient withoutKey = client().header("Cookie",
				"FIRSTSTEP_SESSION=" + me.client().cookie("FIRSTSTEP_SESSION").orElseThrow());

		assertThat(withoutKey.get("/api/v1/journal").status()).isEqualTo(401);
		assertThat(me.client().get("/api/v1/journal").json().get("items").get(0).get("text").asString())
			.isEqualTo("Called Sam today.");
	}

	/** Spring Session's cookie carries the session id in Base64. */
	private static String sessionId(TestClient client) {
		return new String(Base64.getDecoder().decode(client.cookie("FIRSTSTEP_SESSION").orElseThrow()),
				StandardCharsets.UTF_8);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			int j = 0;
			while (j < needle.length && haystack[i + j] == needle[j]) {
				j++;
			}
			if (j == needle.length) {
				return i;
			}
		}
		return -1;
	}

}
