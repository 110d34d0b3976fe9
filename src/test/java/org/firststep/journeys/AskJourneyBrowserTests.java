package org.firststep.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The core loop in a real browser: two people in the network, a tiny ask built from home,
 * a prediction of 30 %, marked sent, a yes recorded; the gap and the next step appear; a
 * no offers the backup.
 */
class AskJourneyBrowserTests extends BrowserTest {

	@Test
	void aTinyAskFromHomeToAYesAndANoThatOffersTheBackup() {
		signUp(this.page);
		addPerson("Sam Rivera", "+34600111222", 5);
		addPerson("Kim Osei", "+34600333444", 3);

		for (int round = 1; round <= 3; round++) {
			buildTinyAsk("Sam");
			this.page.getByText("30%", new Page.GetByTextOptions().setExact(true)).click();
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ask")).click();
			assertThat(this.page.locator("a[href^='sms:+34600111222?body=']")).isVisible();
			if (round == 1) {
				assertAccessible();
			}
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I’ve asked")).click();
			assertThat(this.page.locator(".notice")).containsText("took courage");
			this.page.locator("#outcome")
				.getByText("Yes", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
				.click();
			this.page.locator("#outcome")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
				.click();
			assertThat(this.page.locator("#result")).containsText("it helped");
			if (round == 1) {
				assertAccessible();
			}
		}

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Asks").setExact(true)).click();
		assertThat(this.page.locator("#gap .lead")).hasText("You expected about 3 in 10 to say yes; 10 in 10 did.");
		assertThat(this.page.locator("#gap table")).containsText("100%");
		assertAccessible();
		this.page.getByText("Your ladder").click();
		assertThat(this.page.locator("#next-step")).containsText("A small ask.");
		assertAccessible();

		buildTinyAsk("Sam");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ask")).click();
		this.page.locator("#outcome")
			.getByText("No", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
			.click();
		this.page.locator("#outcome")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
			.click();
		assertThat(this.page.locator("#result")).containsText("says more about what the other person has going on");
		assertThat(this.page.locator("#result a.button")).hasText("Ask Kim");
		assertAccessible();
		this.page.locator("#result a.button").click();
		assertThat(this.page.locator("h1")).hasText("Your message to Kim");
	}

	private void addPerson(String name, String number, int safety) {
		this.page.navigate(url("/people/new"));
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.getByLabel("Number for texts").fill(number);
		this.page.getByLabel("Listening and company").check();
		this.page.locator("input[name=safety][value='" + safety + "']").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(this.page.locator(".notice")).hasText("Added.");
	}

	private void buildTinyAsk(String firstName) {
		this.page.navigate(url("/"));
		this.page.locator("#ask").getByText("Listening and company").click();
		this.page.locator(".choices a").first().click();
		this.page.locator(".choices a[href$='size=tiny']").click();
		assertThat(this.page.locator("h1")).hasText("Your message to " + firstName);
		assertThat(this.page.locator("#message")).hasValue(Pattern.compile(".*" + firstName + ".*", Pattern.DOTALL));
	}

}
