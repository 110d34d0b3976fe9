package org.firststep.platform;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsIntegrationTests extends IntegrationTest {

	@Test
	void healthAnswersUpWithoutDetails() {
		Response health = client().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(health.json().has("components")).isFalse();
	}

	@Test
	void openApiDescribesTheApiFromTheCode() {
		Response openApi = client().get("/api/v1/openapi.json");
		assertThat(openApi.status()).isEqualTo(200);
		var paths = openApi.json().get("paths");
		assertThat(paths.has("/api/v1/me")).isTrue();
		assertThat(paths.has("/api/v1/accounts")).isTrue();
		assertThat(paths.has("/api/v1/crisis-lines")).isTrue();
		assertThat(paths.propertyNames()).allSatisfy((path) -> assertThat(path).startsWith("/api/v1/"));
	}

	@Test
	void staticFilesAreFingerprintedCompressedAndCachedForAYear() {
		Response home = client().get("/");
		String css = home.html().selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/app-[0-9a-f]{32}\\.css");
		Response file = client().header("Accept-Encoding", "gzip").get(css);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Cache-Control")).contains("max-age=31536000");
		assertThat(file.header("Content-Encoding")).isEqualTo("gzip");
	}

}
