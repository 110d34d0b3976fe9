package org.firststep.coach;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class CoachIntegrationTests extends IntegrationTest {

	@Test
	void flagsEachPhraseWithASuggestionInTheAskedLanguage() {
		Person supporter = signedUpWithToken();
		JsonNode flags = supporter.client()
			.postJson("/api/v1/coach",
					Map.of("message", "Ánimo, al menos tienes trabajo. Avísame si necesitas algo.", "lang", "es"))
			.json()
			.get("flags");
		assertThat(flags).hasSize(2);
		assertThat(flags.get(0).get("phrase").asString()).isEqualTo("al menos");
		assertThat(flags.get(0).get("kind").asString()).isEqualTo("minimising");
		assertThat(flags.get(1).get("kind").asString()).isEqualTo("vagueOffer");
		assertThat(flags.get(1).get("suggestion").asString()).contains("¿Te llevo la cena");
		assertThat(supporter.client()
			.postJson("/api/v1/coach", Map.of("message", "That sounds so hard. Can I call you at 8?"))
			.json()
			.get("flags")).isEmpty();
	}

	@Test
	void badInputAnswers400AndStrangersAre401() {
		Person supporter = signedUpWithToken();
		Response missing = supporter.client().postJson("/api/v1/coach", Map.of("lang", "fr"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("message", "lang");
		assertThat(client().postJson("/api/v1/coach", Map.of("message", "Hi")).status()).isIn(401, 403);
	}

}
