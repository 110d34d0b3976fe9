package org.firststep.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The guide for friends and family, reached from every page's footer, signed out. */
class GuideBrowserTests extends BrowserTest {

	@Test
	void theGuideIsOneTapFromEveryPageAndReadsWell() {
		this.page.navigate(url("/help"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supporting someone? A short guide"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Supporting someone who finds it hard to ask");
		assertThat(this.page.locator("section.card")).hasCount(8);
		assertThat(this.page.locator("#offers")).containsText("Can I bring soup round on Thursday at 7?");
		assertThat(this.page.locator("#crisis a[href='/help']")).isVisible();
		assertAccessible();
	}

}
