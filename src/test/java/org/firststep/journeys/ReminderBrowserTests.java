package org.firststep.journeys;

import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder pages as a person on a small phone and on a desktop sees them, in English
 * and in Spanish: the settings with one line per kind, the pause and the calendar; the
 * in-app list with its quiet count beside the menu; the home page saying reminders are
 * paused; the unsubscribe page of an e-mail's link. None is wider than the phone, and
 * axe-core finds nothing serious. Screenshots go to {@code target/reminder-shots} (or the
 * folder named by {@code firststep.test.shots}) for a person to look at.
 */
class ReminderBrowserTests extends BrowserTest {

	private static final int PHONE = 390;

	@Test
	void theReminderPagesFitAPhoneInBothLanguages() {
		String email = signUp(this.page);
		String accountId = this.jdbc.sql("SELECT id FROM account WHERE email = ?")
			.param(email)
			.query(String.class)
			.single();
		for (String kind : new String[] { "askSendBy", "supporterOffered", "partnerPlan" }) {
			this.jdbc
				.sql("INSERT INTO notification (id, account_id, kind, link, planned_at, created_at)"
						+ " VALUES (?, ?, ?, '/asks', ?, ?)")
				.params(UUID.randomUUID().toString(), accountId, kind, System.currentTimeMillis(),
						System.currentTimeMillis())
				.update();
		}

		this.page.navigate(url("/settings/reminders"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a calendar address")).click();
		assertThat(this.page.locator("#calendar-url")).isVisible();
		look("settings-en");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause until I turn them back on"))
			.click();
		assertThat(this.page.locator("#pause")).containsText("paused until you turn them back on");
		this.page.navigate(url("/"));
		assertThat(this.page.locator("#reminders-paused")).isVisible();
		assertThat(this.page.locator("a[href='/notifications']").first()).containsText("3 new");
		look("home-paused-en");
		this.page.navigate(url("/notifications"));
		assertThat(this.page.locator(".notifications li")).hasCount(3);
		look("notifications-en");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
		this.page.navigate(url("/settings/reminders"));
		assertThat(this.page.locator("h1")).hasText("Recordatorios");
		look("settings-es");
		this.page.navigate(url("/notifications"));
		assertThat(this.page.locator("h1")).hasText("Avisos");
		look("notifications-es");
		this.page.navigate(url("/"));
		look("home-paused-es");
		String key = this.jdbc.sql("SELECT unsubscribe_key FROM reminder_settings WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.single();
		this.page.navigate(url("/unsubscribe?key=" + key + "&kind=askDeadlines"));
		assertThat(this.page.locator("form[action='/unsubscribe'] button")).hasText("Dejar de recibirlos");
		look("unsubscribe-es");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		this.page.navigate(url("/unsubscribe?key=" + key + "&kind=askDeadlines"));
		look("unsubscribe-en");
	}

	/**
	 * The pages this issue changed beyond the reminder pages: the ask's editor with its
	 * "share what I'm asking" tick, the ask the day after its send-by offering the backup
	 * person, and the supporter's page with the plan they hold the person to and the
	 * button to say they checked in.
	 */
	@Test
	void theShareTickAHeldPlanAndCheckingInFitAPhoneInBothLanguages() {
		Page ana = this.page;
		signUp(ana, org.firststep.support.Person.uniqueEmail(), "Ana");
		ana.navigate(url("/supporters"));
		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the invitation")).click();
		String link = ana.locator("#invitation-link").textContent().strip();
		com.microsoft.playwright.BrowserContext other = newContext("en-GB");
		try {
			Page sam = other.newPage();
			signUp(sam, org.firststep.support.Person.uniqueEmail(), "Sam");
			sam.navigate(url(link.substring(link.indexOf("/invitations/"))));
			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
			assertThat(sam.locator("h1")).hasText("Ana");
			String supporting = sam.url().replaceAll("[?#].*", "");

			ana.navigate(url("/supporters"));
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to my people")).click();
			assertThat(ana.locator("#list")).not().containsText("not yet in your people");
			ana.navigate(url("/people/new"));
			ana.locator("#name").fill("Robin");
			ana.locator("input[name=goodFor][value=listening]").check();
			ana.locator("input[name=safety][value='5']").check();
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			ana.waitForURL((address) -> !address.endsWith("/people/new") && !address.endsWith("/people"));
			ana.navigate(url("/asks/new?need=listening"));
			ana.locator(".choices a", new Page.LocatorOptions().setHasText("Robin")).first().click();
			ana.locator(".choices a[href$='size=tiny']").click();
			ana.locator("#sendByDate").fill(java.time.LocalDate.now().plusDays(1).toString());
			String samOption = ana
				.locator("select[name=accountabilityPersonId] option", new Page.LocatorOptions().setHasText("Sam"))
				.first()
				.getAttribute("value");
			ana.locator("select[name=accountabilityPersonId]").selectOption(samOption);
			ana.locator("input[name=shareWithPartner]").check();
			look("ask-share-en");
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ask")).click();
			ana.waitForURL((address) -> address.matches(".*/asks/[^/?#]+([?#].*)?") && !address.contains("/asks/new"));
			String ask = ana.url().replaceAll("[?#].*", "");

			this.page = sam;
			sam.navigate(supporting);
			assertThat(sam.locator("#partner-plans blockquote")).isVisible();
			look("supporting-held-en");
			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I checked in")).click();
			assertThat(sam.locator("#checked-in .notice")).isVisible();
			look("supporting-checked-in-en");
			sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
			sam.navigate(supporting);
			look("supporting-held-es");

			this.page = ana;
			this.jdbc.sql("UPDATE ask SET send_by = ? WHERE id = ?")
				.params(System.currentTimeMillis() - 86_400_000L, ask.substring(ask.lastIndexOf('/') + 1))
				.update();
			ana.navigate(ask);
			assertThat(ana.locator("#outcome")).containsText("could be the next person to ask");
			look("ask-follow-up-en");
			ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
			ana.navigate(ask);
			look("ask-follow-up-es");
			ana.navigate(ask + "/edit");
			look("ask-share-es");
		}
		finally {
			other.close();
		}
	}

	/**
	 * At the desktop width and then the phone's: no wider than the screen, nothing
	 * serious for axe-core, and a screenshot of each.
	 */
	private void look(String name) {
		Path folder = Path.of(System.getProperty("firststep.test.shots", "target/reminder-shots"));
		for (int width : new int[] { 1280, PHONE }) {
			this.page.setViewportSize(width, 800);
			int scrollWidth = ((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue();
			assertThat(scrollWidth).as("width of %s at %d px, with %s too wide", name, width, this.page.evaluate(
					"[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth)"
							+ ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40))"
							+ ".slice(0, 5)"))
				.isLessThanOrEqualTo(width);
			this.page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + "-" + width + ".png"))
				.setFullPage(true));
		}
		assertAccessible();
	}

}
