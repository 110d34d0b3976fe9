package org.firststep.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Check-ins and the two-week check in a real browser: a mood in one tap from home, the
 * rest if wanted; a PHQ-9 with item 9 above 0 opens with the crisis card, before the
 * score.
 */
class CheckinBrowserTests extends BrowserTest {

	@Test
	void aCheckinInOneTapAndAPhq9WithItem9ShowingTheCrisisCardFirst() {
		this.page.navigate(url("/sign-up"));
		this.page.getByLabel("E-mail address").fill(Person.uniqueEmail());
		this.page.getByLabel("New password").fill(Person.PASSWORD);
		this.page.getByText("Create my account").click();
		this.page.getByText("I have kept it safe").click();
		assertAccessible();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mood 6 of 10")).click();
		assertThat(this.page.locator(".notice")).hasText("Saved. Thank you for checking in.");
		assertThat(this.page.locator("input[name=mood][value='6']")).isChecked();
		assertAccessible();
		this.page.getByLabel("I kept to myself").check();
		this.page.getByLabel("A note for yourself").fill("Rain all day");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(this.page.locator("table")).containsText("I kept to myself");
		assertAccessible();

		this.page.navigate(url("/assessments/PHQ9"));
		assertAccessible();
		for (int item = 0; item < 9; item++) {
			this.page.locator("input[name=item" + item + "][value='" + ((item == 8) ? 1 : 0) + "']").check();
		}
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my result")).click();
		assertThat(this.page.locator("main > :first-child")).hasAttribute("id", "crisis-first");
		assertThat(this.page.locator("h1")).hasText("Thank you for answering honestly");
		assertThat(this.page.locator("#crisis-first a[href^='tel:']").first()).isVisible();
		assertThat(this.page.locator("main")).containsText("1 out of 27");
		assertAccessible();

		this.page.navigate(url("/insights"));
		assertThat(this.page.locator("#time-to-ask")).containsText("may not be safe");
		assertAccessible();
	}

}
