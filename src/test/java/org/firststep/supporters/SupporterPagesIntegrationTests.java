package org.firststep.supporters;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** The supporter pages without JavaScript: clear errors, and nothing typed is lost. */
class SupporterPagesIntegrationTests extends IntegrationTest {

	@Test
	void aBadInvitationSaysWhatToFix() {
		Person ana = signedUpInBrowser();
		Response bad = ana.client().postForm("/supporters/invitations", "scopes", "status", "email", "sam at home");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.html().select("#email-error").text()).contains("doesn’t look like an e-mail address");
		assertThat(bad.html().select("input[name=email]").attr("value")).isEqualTo("sam at home");
		assertThat(bad.html().select("input[name=scopes][value=status]").hasAttr("checked")).isTrue();
		assertThat(bad.html().select("input[name=scopes][value=asks]").hasAttr("checked")).isFalse();
		Response good = ana.client()
			.postForm("/supporters/invitations", "scopes", "status", "email", "sam@example.org");
		Document page = ana.client().follow(good).html();
		assertThat(page.select("#invitation-link").text()).contains("/invitations/");
	}

	@Test
	void aNewSupportersPageShowsTheStatusAndPlanSharedBeforeTheyAccepted() {
		Person ana = signedUpWithToken();
		Person sam = signedUpInBrowser();
		String samEntry = SupporterCopiesIntegrationTests.entry(ana, "Sam");
		ana.client().putJson("/api/v1/status", Map.of("status", "pleaseCheckIn"));
		ana.client().putJson("/api/v1/safety-plan", Map.of("reasonsForLiving", List.of(Map.of("text", "My garden"))));
		String token = SupporterCopiesIntegrationTests.invite(ana, List.of("status", "safetyPlan"), samEntry);

		Response accepted = sam.client().postForm("/invitations/" + token + "/accept");
		Document page = sam.client().follow(accepted).html();
		assertThat(page.select("#status").text()).contains("Please check in on me");
		assertThat(page.select("#plan").text()).contains("My garden");
	}

	@Test
	void anIncompleteOfferKeepsWhatWasWrittenAndAnAnswerNeedsAChoice() {
		Person ana = signedUpWithToken();
		Person sam = signedUpInBrowser();
		String token = ana.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("offers", "asks")))
			.json()
			.get("link")
			.asString()
			.replaceAll(".*/", "");
		assertThat(sam.client().get("/invitations/" + token).html().select("form[action$=/accept] button").text())
			.isEqualTo("Accept");
		Response accepted = sam.client().postForm("/invitations/" + token + "/accept");
		String linkPath = accepted.header("Location").replaceAll("^https?://[^/]+", "");
		Response incomplete = sam.client().postForm(linkPath + "/offers", "what", "Bring soup", "note", "Lentil");
		assertThat(incomplete.status()).isEqualTo(400);
		Document page = incomplete.html();
		assertThat(page.select("#when-error").text()).contains("Please say when");
		assertThat(page.select("input[name=what]").attr("value")).isEqualTo("Bring soup");
		assertThat(page.select("textarea[name=note]").text()).isEqualTo("Lentil");
		assertThat(sam.client().get("/invitations/" + token).html().text()).contains("can’t be used any more");

		int today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Madrid")).getDayOfWeek().getValue();
		sam.client().postForm(linkPath + "/checkin", "day", String.valueOf(today));
		assertThat(sam.client().get(linkPath).html().select("#check-in-today").text())
			.contains("Today is your day to check in");
		sam.client().postForm(linkPath + "/checkin", "day", String.valueOf(today % 7 + 1));
		assertThat(sam.client().get(linkPath).html().select("#check-in-today")).isEmpty();
	}

}
