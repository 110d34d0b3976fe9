package org.firststep.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person and a supporter, in two browsers: an invitation accepted, showing at once the
 * status set before it, an ask answered in one tap with the coach's help, an offer
 * accepted, a new status seen.
 */
class SupporterBrowserTests extends BrowserTest {

	@Test
	void aPersonAndTheirSupporter() {
		Page ana = this.page;
		signUp(ana, Person.uniqueEmail(), "Ana");
		ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supporters").setExact(true)).click();
		assertAccessible();
		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Having a hard time")).click();
		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the invitation")).click();
		String link = ana.locator("#invitation-link").textContent().strip();
		String path = link.substring(link.indexOf("/invitations/"));

		BrowserContext other = newContext("en-GB");
		try {
			Page sam = other.newPage();
			signUp(sam, Person.uniqueEmail(), "Sam");
			sam.navigate(url(path));
			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
			assertThat(sam.locator("h1")).hasText("Ana");
			assertThat(sam.locator("#status")).containsText("Having a hard time");

			ana.navigate(url("/supporters"));
			assertThat(ana.locator("#list legend")).hasText("Sam");
			assertThat(ana.locator("#list")).containsText("Sam is not yet in your people.");
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to my people")).click();
			assertThat(ana.locator("#list")).not().containsText("not yet in your people");
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Please check in on me")).click();
			ana.navigate(url("/asks/new?need=listening"));
			ana.locator(".choices a").first().click();
			ana.locator(".choices a[href$='size=tiny']").click();
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ask")).click();
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I’ve asked")).click();
			String askUrl = ana.url();

			sam.reload();
			assertThat(sam.locator("#status")).containsText("Please check in on me");
			this.page = sam;
			assertAccessible();
			sam.locator("#asks textarea").fill("Let me know if you need anything");
			assertThat(sam.locator("#asks .coach")).containsText("Let me know if you need anything");
			sam.locator("#asks textarea").fill("Yes! I'll call you at 8.");
			sam.getByLabel("Yes").check();
			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answer")).click();
			assertThat(sam.locator("#asks")).containsText("You answered: Yes");

			sam.getByLabel("What can you do?").fill("Bring soup");
			sam.getByLabel("When?").fill("Thursday at 7");
			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my offer")).click();
			assertThat(sam.locator("#offers")).containsText("Waiting for their answer.");

			this.page = ana;
			ana.navigate(askUrl.replaceAll("\\?.*", ""));
			assertThat(ana.locator("#outcome .notice")).containsText("Sam answered in the app: Yes.");
			assertThat(ana.locator("#outcome .notice")).containsText("I'll call you at 8.");
			ana.locator("#outcome input[name=feelingAfter][value='8']").check();
			ana.locator("#outcome")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
				.click();
			assertThat(ana.locator("#result h2")).containsText("Yes");
			ana.navigate(url("/supporters"));
			assertThat(ana.locator("#offers")).containsText("Bring soup");
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, please")).click();
			assertThat(ana.locator("#offers")).containsText("Accepted");
			assertAccessible();

			ana.navigate(url("/"));
			assertThat(ana.locator("#offers")).containsText("Sam: Bring soup, Thursday at 7");
			sam.reload();
			assertThat(sam.locator("#offers")).containsText("They said yes.");
			sam.navigate(url("/supporting"));
			assertThat(sam.locator("main")).containsText("Please check in on me");
			assertThat(sam.locator("main")).containsText("They said yes.");
		}
		finally {
			other.close();
		}
	}

}
