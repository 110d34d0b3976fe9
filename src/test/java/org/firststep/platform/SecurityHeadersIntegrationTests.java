package org.firststep.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersIntegrationTests extends IntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/help", "/sign-in", "/api/v1/crisis-lines?country=US", "/api/v1/me", "/no-such-page",
			"/api/v1/no-such-thing", "/actuator/health", "/robots.txt" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		Response response = client().get(path);
		String csp = response.header("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("style-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.header("Permissions-Policy")).contains("camera=()")
			.contains("microphone=()")
			.contains("geolocation=()");
		assertThat(response.header("Strict-Transport-Security")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/help" })
	void httpsBehindAProxyAddsHsts(String path) {
		Response response = client().header("X-Forwarded-Proto", "https").get(path);
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000")
			.contains("includeSubDomains");
	}

	@org.junit.jupiter.api.Test
	void theLanguageCookieIsSecureBehindHttpsAndOnlyThen() {
		TestClient browser = client();
		browser.get("/");
		Response overHttps = browser.header("X-Forwarded-Proto", "https").postForm("/language", "lang", "es");
		assertThat(overHttps.headers("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("lang=es").contains("; Secure").contains("HttpOnly"));
		Response overHttp = client().postForm("/language", "lang", "es");
		assertThat(overHttp.headers("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("lang=es").doesNotContain("Secure"));
	}

}
