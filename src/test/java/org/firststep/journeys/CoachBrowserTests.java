package org.firststep.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A supporter writing an offer note with the coach's help: a suggestion for a push to get
 * better, in the language of the words typed rather than of the page, and the page still
 * accessible with the suggestions shown.
 */
class CoachBrowserTests extends BrowserTest {

	@Test
	void theCoachAnswersInTheLanguageOfWhatTheSupporterWrites() {
		Page ana = this.page;
		signUp(ana, Person.uniqueEmail(), "Ana");
		ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supporters").setExact(true)).click();
		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the invitation")).click();
		String link = ana.locator("#invitation-link").textContent().strip();

		BrowserContext other = newContext("en-GB");
		try {
			Page sam = other.newPage();
			this.page = sam;
			signUp(sam, Person.uniqueEmail(), "Sam");
			sam.navigate(url(link.substring(link.indexOf("/invitations/"))));
			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();

			sam.locator("#note").fill("It's been months, time to move on.");
			assertThat(sam.locator("#coach-offer")).containsText("“time to move on”");
			assertThat(sam.locator("#coach-offer")).containsText("A push to feel better soon");
			assertAccessible();
			sam.locator("#note").fill("Ya es hora de pasar página.");
			assertThat(sam.locator("#coach-offer")).containsText("Presionar para que mejore pronto");

			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
			sam.locator("#note").fill("Hay gente que lo pasa mucho peor.");
			assertThat(sam.locator("#coach-offer")).containsText("«Hay gente que lo pasa mucho peor»");
			assertThat(sam.locator("#coach-offer")).containsText("Comparar con otras personas");
			sam.locator("#note").fill("Others have it way worse.");
			assertThat(sam.locator("#coach-offer")).containsText("Comparing can make their pain feel");
			assertAccessible();
		}
		finally {
			other.close();
		}
	}

}
