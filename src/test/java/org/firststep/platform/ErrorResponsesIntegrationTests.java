package org.firststep.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorResponsesIntegrationTests extends IntegrationTest {

	@Test
	void malformedJsonAnswers400NotA500() {
		Person person = signedUpWithToken();
		Response response = person.client().send("PATCH", "/api/v1/me", "application/json", "{\"displayName\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aWrongTypeNamesTheField() {
		Person person = signedUpWithToken();
		Response response = person.client().send("PATCH", "/api/v1/me", "application/json", "{\"displayName\": [1,2]}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("displayName");
	}

	@Test
	void theWrongMediaTypeAnswers415() {
		Person person = signedUpWithToken();
		Response response = person.client().send("PATCH", "/api/v1/me", "text/plain", "displayName=x");
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void anUnknownApiPathAnswers404AsAProblem() {
		Person person = signedUpWithToken();
		Response response = person.client().get("/api/v1/nothing-here");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void theWrongMethodAnswers405() {
		Person person = signedUpWithToken();
		Response response = person.client().send("PUT", "/api/v1/me", "application/json", "{}");
		assertThat(response.status()).isEqualTo(405);
	}

	@Test
	void anUnknownPageAnswersACalmPageWithTheCrisisLink() {
		Person person = signedUpInBrowser();
		person.client().postForm("/language", "lang", "es");
		Response response = person.client().get("/nothing-here");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(response.html().selectFirst("h1").text()).isEqualTo("No encontrado");
		assertThat(response.html().selectFirst("a.quick-exit").attr("href")).startsWith("https://");
	}

	/** Badly encoded queries, and paths the security firewall refuses. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/help?country=%ff", "/?x=%ff", "/sign-in?return=%ff%fe", "/help%2Fx",
			"/invitations/a%2Fb", "/help%5Cx", "/help;x=1", "/guide//x", "/help%25ff" })
	void aBadAddressAnswers400InFirstStepsOwnPage(String path) {
		Response response = client().get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.header("Content-Security-Policy")).isNotBlank();
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "/api/v1/journal?q=%ff", "/api/v1/me?x=%e2%82", "/api/v1/journal%2Fx", "/api/v1/journal;x=1" })
	void aBadApiAddressAnswers400AsAProblem(String path) {
		Person person = signedUpWithToken();
		Response response = person.client().get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Content-Security-Policy")).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception");
	}

	/**
	 * A form body that is not valid percent-encoded UTF-8, sent with the CSRF token in
	 * the header as a script sends it, so that the page's own code is the first to read
	 * the fields. (With the token among the fields, as a browser form sends it, the CSRF
	 * filter reads them first and the container answers 400 itself.)
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "email=%zz", "email=caf%e9", "lang=es&return=%2Fjournal%'" })
	void aBadlyEncodedFormAnswers400InFirstStepsOwnPage(String body) {
		TestClient browser = client();
		for (String path : new String[] { "/reset", "/language", "/sign-in" }) {
			Response response = browser.send("POST", path, "application/x-www-form-urlencoded", body);
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("text/html");
			assertThat(response.header("Content-Security-Policy")).isNotBlank();
			assertThat(response.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat");
		}
	}

	/**
	 * The API reads JSON: a form body on a change, even a badly encoded one, is bad input
	 * or the wrong media type, never a failure.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "PATCH /api/v1/me", "PUT /api/v1/safety-plan", "DELETE /api/v1/me" })
	void aBadlyEncodedFormBodyOnAnApiChangeIsRefusedAsBadInput(String route) {
		Person person = signedUpWithToken();
		Response response = person.client()
			.send(route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1),
					"application/x-www-form-urlencoded", "displayName=%zz&password=%e9");
		assertThat(response.status()).isIn(400, 415);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void aReturnPathOutsidePrintableAsciiGoesHome() {
		Response response = client().postForm("/language", "lang", "es", "return", "/caf\u00e9 ?x");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/");
	}

	@Test
	void emptyBodiesAnswer400() {
		Person person = signedUpWithToken();
		Response response = person.client().send("POST", "/api/v1/me/password", "application/json", "");
		assertThat(response.status()).isEqualTo(400);
		Response nulls = person.client().postJson("/api/v1/me/password", Map.of());
		assertThat(nulls.status()).isEqualTo(400);
		assertThat(nulls.json().get("errors")).hasSize(2);
	}

}
