package org.firststep.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisCardIntegrationTests extends IntegrationTest {

	@Test
	void theCardWorksSignedOutForTheBrowsersCountry() {
		Response page = client().language("en-GB,en;q=0.8").get("/help");
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.select("a[href=tel:999]")).isNotEmpty();
		assertThat(html.select("a[href=tel:112]")).isNotEmpty();
		assertThat(html.select("a[href=tel:116123]").text()).contains("116 123");
		assertThat(html.select("a[href=sms:85258]")).isNotEmpty();
		assertThat(html.text()).contains("not an emergency service");
	}

	@Test
	void theProfilesCountryComesFirstAndTheSelectorOverridesIt() {
		Person person = signedUpWithToken();
		person.client().patchJson("/api/v1/me", Map.of("country", "ES"));
		TestClient browser = client().language("en-US");
		browser.postForm("/sign-in", "email", person.email(), "password", person.password());
		Document mine = browser.get("/help").html();
		assertThat(mine.select("a[href=tel:024]")).isNotEmpty();
		assertThat(mine.select("a[href=tel:112]")).isNotEmpty();
		Document chosen = browser.get("/help?country=AU").html();
		assertThat(chosen.select("a[href=tel:131114]")).isNotEmpty();
		assertThat(chosen.select("a[href=sms:0477131114]")).isNotEmpty();
		assertThat(chosen.select("a[href=https://www.lifeline.org.au]")).isNotEmpty();
		assertThat(chosen.select("option[selected]").attr("value")).isEqualTo("AU");
	}

	@Test
	void aCountryWithoutLinesShowsTheDirectoriesAndTheAdviceToCallEmergency() {
		Document page = client().get("/help?country=PT").html();
		assertThat(page.select("a[href=https://findahelpline.com]")).isNotEmpty();
		assertThat(page.text()).contains("local emergency number");
		assertThat(page.select("a[href^=tel:]")).isEmpty();
	}

	@Test
	void theApiGivesTheLinesInTheRequestsLanguage() {
		Response response = client().language("es").get("/api/v1/crisis-lines?country=MX");
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("country").asString()).isEqualTo("MX");
		assertThat(body.get("emergency").asString()).isEqualTo("911");
		assertThat(body.get("emergencyNumbers").get(0).get("href").asString()).isEqualTo("tel:911");
		assertThat(body.get("lines").get(0).get("call").get("href").asString()).isEqualTo("tel:8009112000");
		assertThat(body.get("lines").get(0).get("sources")).isNotEmpty();
		assertThat(body.get("notice").asString()).contains("no es un servicio de emergencias");
	}

	@Test
	void theApiFallsBackToTheBrowsersCountry() {
		JsonNode body = client().language("fr-FR").get("/api/v1/crisis-lines").json();
		assertThat(body.get("country").asString()).isEqualTo("FR");
		assertThat(body.get("lines").get(0).get("call").get("href").asString()).isEqualTo("tel:3114");
	}

	@Test
	void anUnknownCountryHasNoLinesButTheDirectories() {
		JsonNode body = client().get("/api/v1/crisis-lines?country=PT").json();
		assertThat(body.get("lines")).isEmpty();
		assertThat(body.get("emergency").isNull()).isTrue();
		assertThat(body.get("internationalDirectories")).hasSize(2);
	}

	@Test
	void aMalformedCountryAnswers400() {
		Response response = client().get("/api/v1/crisis-lines?country=spain");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("country");
	}

	@Test
	void everyNumberOnTheCardComesFromTheSharedData() throws IOException {
		String data = Files.readString(Path.of("src/main/resources/safety/crisis_lines.json")).replaceAll("[^0-9]", "");
		for (String country : new String[] { "US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "IN", "JP", "ZA",
				"BR", "MX" }) {
			for (var link : client().get("/help?country=" + country).html().select("a[href^=tel:], a[href^=sms:]")) {
				String digits = link.attr("href").replaceAll("\\?.*", "").replaceAll("[^0-9]", "");
				assertThat(data).as("number %s on the card for %s", digits, country).contains(digits);
			}
		}
	}

	@Test
	void theSharedDataIsCopiedUnchanged() throws IOException {
		Path shared = Path.of("../shared/data/crisis_lines.json");
		if (Files.exists(shared)) {
			assertThat(Files.readString(Path.of("src/main/resources/safety/crisis_lines.json")))
				.isEqualTo(Files.readString(shared));
		}
	}

}
