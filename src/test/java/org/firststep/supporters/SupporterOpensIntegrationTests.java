package org.firststep.supporters;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.accept;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.entry;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.invite;
import static org.firststep.supporters.SupporterCopiesIntegrationTests.sentAsk;

/**
 * Shared copies are chosen in SQL, by link, kind, item and state, so a page opens only
 * the copies it shows: the person's home opens the accepted offer and not the others, and
 * a supporter's view of a person opens each copy it shows once.
 */
class SupporterOpensIntegrationTests extends IntegrationTest {

	@Test
	void thePersonsHomeOpensTheAcceptedOfferAndNoOther() {
		Person ana = signedUpInBrowser();
		Person sam = signedUpInBrowser();
		String linkId = accept(sam, invite(ana, List.of("offers"), entry(ana, "Sam")));
		Opened noOffers = opened(ana.client(), "/");
		for (String what : List.of("Bring soup", "Walk the dog", "Call on Sunday", "Fix the bike", "Cook dinner")) {
			assertThat(sam.client()
				.postJson("/api/v1/supporting/" + linkId + "/offers", Map.of("what", what, "when", "Thursday"))
				.status()).isEqualTo(201);
		}
		JsonNode offers = ana.client().get("/api/v1/offers").json();
		assertThat(offers).hasSize(5);
		String accepted = offers.get(2).get("id").asString();
		assertThat(ana.client().postJson("/api/v1/offers/" + accepted + "/accept", Map.of()).status()).isEqualTo(204);

		Opened home = opened(ana.client(), "/");

		assertThat(home.response().html().select("#offers li")).hasSize(1);
		assertThat(home.count()).as("the link key and one accepted offer of five").isEqualTo(noOffers.count() + 2);
	}

	@Test
	void aSupportersViewOpensEachCopyItShowsOnce() {
		Person ana = signedUpInBrowser();
		Person sam = signedUpInBrowser();
		Person kim = signedUpInBrowser();
		String samEntry = entry(ana, "Sam");
		String kimEntry = entry(ana, "Kim");
		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		List<String> everything = List.of("status", "asks", "offers", "safetyPlan");
		String linkId = accept(sam, invite(ana, everything, samEntry));
		accept(kim, invite(ana, everything, kimEntry));
		String answered = sentAsk(ana, samEntry, "Could you call me tonight?");
		sentAsk(ana, samEntry, "Could we walk on Saturday?");
		sentAsk(ana, samEntry, "Could you text me tomorrow?");
		sentAsk(ana, kimEntry, "Kim, could you come by?");
		assertThat(sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/asks/" + answered + "/answer", Map.of("answer", "yes"))
			.status()).isEqualTo(204);
		for (String what : List.of("Bring soup", "Walk the dog")) {
			sam.client().postJson("/api/v1/supporting/" + linkId + "/offers", Map.of("what", what, "when", "Friday"));
		}

		Opened view = opened(sam.client(), "/supporting/" + linkId);

		assertThat(view.response().html().select("#asks blockquote")).hasSize(3);
		assertThat(view.response().html().select("#offers li")).hasSize(2);
		assertThat(view.response().html().select("#plan li").text()).contains("My garden");
		// The link key is a sealed value too: each section unwraps it again today.
		assertThat(view.count()).as("the status, three asks, one answer, two offers and the plan, and the link key")
			.isBetween(1 + 3 + 1 + 2 + 1 + 1L, 1 + 3 + 1 + 2 + 1 + 4L);
	}

}
