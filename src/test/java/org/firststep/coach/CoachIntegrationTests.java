package org.firststep.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class CoachIntegrationTests extends IntegrationTest {

	@Autowired
	MessageSource messages;

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
	void everyFlagQuotesTheMessageAndSuggestsInTheLanguageOfThePhrase() {
		Person supporter = signedUpWithToken();
		Map<String, String> messagesInTheirLanguage = Map.of(
				"Others have it way worse, you know. Time to move on, honestly.", "en",
				"You don't look depressed to me. Stay positive and let me know if you need anything!", "en",
				"Hay gente que lo pasa mucho peor, supéralo ya.", "es",
				"La depresión no existe, todo está en tu cabeza. Si necesitas algo, me dices.", "es");
		List<String> kinds = new ArrayList<>();
		messagesInTheirLanguage.forEach((message, language) -> {
			for (String asked : List.of("en", "es")) {
				JsonNode flags = supporter.client()
					.postJson("/api/v1/coach", Map.of("message", message, "lang", asked))
					.json()
					.get("flags");
				assertThat(flags).as(message).isNotEmpty();
				flags.forEach((flag) -> {
					String phrase = flag.get("phrase").asString();
					String kind = flag.get("kind").asString();
					assertThat(phrase).isNotBlank();
					assertThat(message).contains(phrase);
					assertThat(flag.get("suggestion").asString()).as("%s in %s", kind, message)
						.isEqualTo(this.messages.getMessage("coach." + kind, null, Locale.of(language)));
					kinds.add(kind);
				});
			}
		});
		assertThat(kinds).contains("comparison", "denying", "hurrying", "toxicPositivity", "vagueOffer");
	}

	@Test
	void aSpanishPhraseGetsASpanishSuggestionInAnEnglishSession() {
		Person supporter = signedUpWithToken();
		JsonNode flags = supporter.client()
			.language("en")
			.postJson("/api/v1/coach", Map.of("message", "Ya es hora de pasar página. Stay positive!"))
			.json()
			.get("flags");
		assertThat(flags).hasSize(2);
		assertThat(flags.get(0).get("kind").asString()).isEqualTo("hurrying");
		assertThat(flags.get(0).get("suggestion").asString()).startsWith("Presionar para que mejore pronto");
		assertThat(flags.get(1).get("suggestion").asString()).startsWith("Cheerfulness can feel");
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
