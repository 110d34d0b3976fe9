package org.firststep.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

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

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/help?country=%ff", "/?x=%ff", "/sign-in?return=%ff%fe" })
	void aBadlyEncodedPageAddressAnswers400InFirstStepsOwnPage(String path) {
		Response response = client().get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.header("Content-Security-Policy")).isNotBlank();
		assertThat(response.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/journal?q=%ff", "/api/v1/me?x=%e2%82" })
	void aBadlyEncodedApiAddressAnswers400AsAProblem(String path) {
		Person person = signedUpWithToken();
		Response response = person.client().get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/help%2Fx", "/invitations/a%2Fb", "/help%5Cx", "/help;x=1", "/guide//x", "/help%25ff" })
	void anAddressTheFirewallRefusesAnswers400InFirstStepsOwnPage(String path) {
		Response response = client().get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.header("Content-Security-Policy")).isNotBlank();
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/journal%2Fx", "/api/v1/journal;x=1" })
	void anApiAddressTheFirewallRefusesAnswers400AsAProblem(String path) {
		Person person = signedUpWithToken();
		Response response = person.client().get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Content-Security-Policy")).isNotBlank();
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
