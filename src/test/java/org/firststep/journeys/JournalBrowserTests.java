package org.firststep.journeys;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal draft survives a reload and an expired session, and leaves the device once
 * saved; an ask that feels too hard opens a thought record about it in one tap.
 */
class JournalBrowserTests extends BrowserTest {

	@Test
	void aDraftSurvivesAReloadAndAnExpiredSessionUntilItIsSaved() {
		String email = Person.uniqueEmail();
		signUp(this.page, email, null);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal").setExact(true)).click();
		assertAccessible();
		String words = "Today I almost called Sam. Maybe tomorrow.";
		this.page.getByLabel("Write whatever you like").fill(words);

		this.page.reload();
		assertThat(this.page.getByLabel("Write whatever you like")).hasValue(words);
		assertThat(this.page.locator("[data-draft-restored]")).isVisible();

		// The session ends behind the person's back, as when it expires.
		for (String cookie : new String[] { "FIRSTSTEP_SESSION", "FIRSTSTEP_KEY" }) {
			this.context.clearCookies(new BrowserContext.ClearCookiesOptions().setName(cookie));
		}
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Sign in");
		this.page.getByLabel("E-mail address").fill(email);
		this.page.getByLabel("Password").fill(Person.PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		this.page.navigate(url("/journal"));
		assertThat(this.page.getByLabel("Write whatever you like")).hasValue(words);

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(this.page.locator(".entry")).hasText(words);
		assertThat(this.page.getByLabel("Write whatever you like")).hasValue("");
		Object kept = this.page
			.evaluate("() => Object.keys(localStorage).filter((k) => k.startsWith('firststep-draft:')).length");
		assertThat(((Number) kept).intValue()).isZero();
		this.page.reload();
		assertThat(this.page.getByLabel("Write whatever you like")).hasValue("");
		assertAccessible();
	}

	@Test
	void anAskThatFeelsTooHardOpensAThoughtRecordAboutIt() {
		signUp(this.page);
		this.page.navigate(url("/people/new"));
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Sam Rivera");
		this.page.getByLabel("Number for texts").fill("+34600111222");
		this.page.getByLabel("Listening and company").check();
		this.page.locator("input[name=safety][value='5']").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		// The page script sends the form before the browser moves on: wait for the save.
		assertThat(this.page.locator(".notice")).hasText("Added.");
		this.page.navigate(url("/"));
		this.page.locator("#ask").getByText("Listening and company").click();
		this.page.locator(".choices a").first().click();
		this.page.locator(".choices a[href$='size=tiny']").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ask")).click();

		this.page.getByText("This ask feels too hard").click();
		assertThat(this.page.locator(".lead")).containsText("Sam");
		assertAccessible();
		this.page.getByLabel("What went through your mind?").fill("I'll be a burden");
		this.page.getByLabel("Feelings as facts").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(this.page.locator(".notice")).hasText("Saved.");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beliefs that get in the way")).click();
		assertThat(this.page.locator("#belief-burden")).containsText("I’d be a burden.");
		assertAccessible();
	}

}
