package org.firststep.journeys;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;

class ScreenshotWalkBrowserTests extends BrowserTest {

	@Test
	void walk() {
		Page ana = this.page;
		signUp(ana, Person.uniqueEmail(), "Ana");
		for (int i = 0; i < 22; i++) {
			ana.navigate(url("/journal"));
			ana.locator("textarea[name=text]").fill("Entry " + i + ": a walk by the river.");
			ana.locator("form[action='/journal'] button[type=submit]").first().click();
		}
		ana.navigate(url("/supporters"));
		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the invitation")).click();
		String link = ana.locator("#invitation-link").textContent().strip();
		String path = link.substring(link.indexOf("/invitations/"));
		BrowserContext other = newContext("en-GB");
		Page sam = other.newPage();
		signUp(sam, Person.uniqueEmail(), "Sam");
		sam.navigate(url(path));
		sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
		other.close();
		List<String> pages = List.of("/", "/supporters", "/journal", "/give-and-take", "/people/new", "/asks/ladder",
				"/assessments/PHQ9", "/safety-plan", "/thoughts/new");
		for (String lang : List.of("en", "es")) {
			if (lang.equals("es")) {
				ana.navigate(url("/"));
				ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
			}
			for (int width : new int[] { 390, 1280 }) {
				ana.setViewportSize(width, 900);
				for (String p : pages) {
					ana.navigate(url(p));
					shot(ana, lang, width, p);
				}
				ana.navigate(url("/people/new"));
				ana.locator("form button[type=submit]").last().click();
				shot(ana, lang, width, "/people/new-error");
				ana.navigate(url("/assessments/PHQ9"));
				ana.locator("form button[type=submit]").last().click();
				shot(ana, lang, width, "/assessments-error");
			}
		}
	}

	private static void shot(Page page, String lang, int width, String path) {
		String name = lang + "-" + width + path.replaceAll("[^a-zA-Z0-9]+", "_") + ".png";
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots", name)).setFullPage(true));
	}

}
