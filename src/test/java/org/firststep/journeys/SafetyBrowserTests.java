package org.firststep.journeys;

import java.util.function.Predicate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety in a real browser: the plan written without hurry, shown on the crisis card
 * above the fold of a small phone, opened with the network off, forgotten by the device
 * at sign-out; and the calm panel after a worrying note.
 */
class SafetyBrowserTests extends BrowserTest {

	@Test
	void thePlanIsOnTheCardOfflineAndLeavesTheDeviceAtSignOut() {
		signUp(this.page);
		addPerson("Sam Rivera", "+15550100");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Safety plan")).click();
		this.page.locator("textarea[name=copingStrategies]").fill("Music with headphones\nHold something cold");
		this.page.locator("input[name=peopleToAskPeople]").check();
		this.page.locator("textarea[name=reasonsForLiving]").fill("My dog, Luna");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my plan")).click();
		assertThat(this.page.locator(".notice")).hasText("Your plan is saved.");

		this.page.setViewportSize(360, 640);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get help now")).click();
		assertThat(this.page.locator("#my-plan")).containsText("Hold something cold");
		assertThat(this.page.locator("#my-plan a[href='sms:+15550100']")).isVisible();
		double plan = this.page.locator("#my-plan").boundingBox().y;
		assertThat(bottom(this.page.locator(".lines > li").first().locator("a.dial[href^='tel:']").first()))
			.as("the first crisis line comes first, on the first screen")
			.isLessThan(600);
		assertThat(plan).as("the plan follows the crisis lines").isGreaterThan(bottom(this.page.locator(".lines")));
		assertThat(plan).as("the plan starts within one more screen").isLessThan(2 * 640);
		assertAccessible();

		waitForOfflineCard((card) -> card.contains("My dog, Luna"));
		this.context.setOffline(true);
		this.page.navigate(url("/help"));
		assertThat(this.page.locator("#my-plan")).containsText("My dog, Luna");
		assertThat(this.page.locator(".emergency")).containsText("911");
		this.page.navigate(url("/asks"));
		assertThat(this.page.locator("h1")).hasText("Get help now");
		this.context.setOffline(false);

		this.page.navigate(url("/"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		waitForOfflineCard((card) -> card.contains("Get help now") && !card.contains("My dog, Luna"));
		this.context.setOffline(true);
		this.page.navigate(url("/help"));
		assertThat(this.page.locator("h1")).hasText("Get help now");
		assertThat(this.page.locator("#my-plan")).hasCount(0);
		this.context.setOffline(false);
	}

	@Test
	void theEmergencyNumberAndTheFirstLineComeFirstOnASmallPhone() {
		for (int width : new int[] { 320, 390 }) {
			assertTheCallsComeFirst(width, "signed out");
		}
		signUp(this.page);
		addPerson("Sam Rivera", "+15550100");
		this.page.navigate(url("/safety-plan"));
		this.page.locator("textarea[name=copingStrategies]").fill("Music with headphones\nHold something cold");
		this.page.locator("input[name=peopleToAskPeople]").check();
		this.page.locator("textarea[name=reasonsForLiving]").fill("My dog, Luna");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my plan")).click();
		assertThat(this.page.locator(".notice")).hasText("Your plan is saved.");
		for (int width : new int[] { 320, 390 }) {
			assertTheCallsComeFirst(width, "signed in with a plan");
			assertThat(this.page.locator("#my-plan")).containsText("My dog, Luna");
		}
	}

	/**
	 * On a small phone's first screen (the top 600 px of 640) the emergency call button
	 * and the first crisis line's call button, both above the person's plan and the site
	 * navigation.
	 */
	private void assertTheCallsComeFirst(int width, String who) {
		this.page.setViewportSize(width, 640);
		this.page.navigate(url("/help"));
		String at = who + " at " + width + " px";
		double emergency = bottom(this.page.locator(".emergency a.dial[href^='tel:']").first());
		double firstLine = bottom(this.page.locator(".lines > li").first().locator("a.dial[href^='tel:']").first());
		assertThat(emergency).as("the emergency call button's bottom, %s", at).isLessThan(600);
		assertThat(firstLine).as("the first crisis line's call button's bottom, %s", at).isLessThan(600);
		for (String later : new String[] { "#my-plan", "nav" }) {
			Locator below = this.page.locator(later);
			if (below.count() > 0 && below.first().isVisible()) {
				double top = below.first().boundingBox().y;
				assertThat(Math.max(emergency, firstLine)).as("the calls above %s, %s", later, at).isLessThan(top);
			}
		}
		if (who.startsWith("signed in")) {
			assertThat(this.page.locator("#my-plan")).isVisible();
		}
	}

	private static double bottom(Locator locator) {
		BoundingBox box = locator.boundingBox();
		assertThat(box).as("%s is shown", locator).isNotNull();
		return box.y + box.height;
	}

	@Test
	void aWorryingNoteBringsTheCalmPanelWhichClosesWhenTheyAreSafe() {
		signUp(this.page);
		addPerson("Sam Rivera", "+15550100");
		this.page.navigate(url("/safety-plan"));
		this.page.locator("textarea[name=reasonsForLiving]").fill("My dog, Luna");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my plan")).click();

		this.page.navigate(url("/people"));
		this.page.locator("a[href^='/people/']:not([href='/people/new'])").first().click();
		this.page.getByLabel("Notes").fill("Told Sam that everyone would be better off without me.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		assertThat(this.page.locator("#safety-panel")).isVisible();
		assertThat(this.page.locator("#safety-panel")).containsText("988");
		assertThat(this.page.locator("#safety-panel")).containsText("My dog, Luna");
		assertThat(this.page.locator("#safety-panel")).containsText("Nobody has been told");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I’m safe right now")).click();
		assertThat(this.page.locator("#safety-panel")).hasCount(0);
		assertThat(this.page.locator(".notice")).isVisible();
	}

	private void waitForOfflineCard(Predicate<String> ready) {
		for (int attempt = 0; attempt < 100; attempt++) {
			Object card = this.page.evaluate(
					"() => navigator.serviceWorker.ready.then(() => caches.match('/help')).then((r) => r ? r.text() : '')");
			if (card instanceof String text && ready.test(text)) {
				return;
			}
			this.page.waitForTimeout(100);
		}
		throw new AssertionError("the offline copy of the crisis card never became ready");
	}

	private void addPerson(String name, String number) {
		this.page.navigate(url("/people/new"));
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.getByLabel("Number for texts").fill(number);
		this.page.getByLabel("Listening and company").check();
		this.page.locator("input[name=safety][value='5']").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(this.page.locator(".notice")).hasText("Added.");
	}

}
