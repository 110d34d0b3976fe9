package org.firststep.journeys;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form that creates something survives a lost connection: when the server saved it but
 * the answer never arrived, the page sends it again with the same Idempotency-Key, and it
 * is saved once, with the usual page after it (the calm panel included). Without
 * JavaScript the form posts as always.
 */
class LostConnectionBrowserTests extends BrowserTest {

	private static final String WORDS = "Everyone would be better off without me.";

	@Test
	void anEntrySavedButNeverConfirmedIsSentAgainAndSavedOnce() {
		this.context.close();
		this.context = newContextForInterception();
		this.page = this.context.newPage();
		String email = signUp(this.page);
		this.page.navigate(url("/journal"));
		List<Request> posts = new CopyOnWriteArrayList<>();
		AtomicBoolean lost = new AtomicBoolean();
		this.page.route(url("/journal"), (route) -> {
			if (!"POST".equals(route.request().method())) {
				route.resume();
				return;
			}
			posts.add(route.request());
			if (lost.compareAndSet(false, true)) {
				// The server gets it and saves it; the answer is lost on the way back.
				route.fetch(new Route.FetchOptions().setMaxRedirects(0));
				route.abort("connectionreset");
				return;
			}
			route.resume();
		});
		this.page.getByLabel("Write whatever you like").fill(WORDS);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

		this.page.waitForURL(url("/journal?saved=new"));
		assertThat(journalRows(email)).isEqualTo(1);
		assertThat(this.page.locator(".entry")).hasCount(1);
		assertThat(this.page.locator(".notice").first()).hasText("Saved.");
		assertThat(this.page.locator("#safety-panel")).isVisible();
		assertThat(posts).as("the lost one, the one sent again, and the browser's own post").hasSize(3);
		String key = posts.get(0).headerValue("idempotency-key");
		assertThat(key).isNotBlank();
		assertThat(posts.get(1).headerValue("idempotency-key")).isEqualTo(key);
		assertThat(posts.get(2).postData()).contains("idempotencyKey=" + key);
		assertAccessible();

		this.page.getByLabel("Write whatever you like").fill("A second, different entry");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(this.page.locator(".entry")).hasCount(2);
		assertThat(posts.get(posts.size() - 1).postData()).doesNotContain(key);
	}

	@Test
	void withoutJavaScriptTheFormPostsAsAlways() {
		BrowserContext noScript = newContextWithoutJavaScript();
		try {
			Page page = noScript.newPage();
			String email = signUp(page);
			page.navigate(url("/journal"));
			page.getByLabel("Write whatever you like").fill("Written without scripts");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.locator(".notice").first()).hasText("Saved.");
			assertThat(page.locator(".entry")).hasText("Written without scripts");
			assertThat(journalRows(email)).isEqualTo(1);
		}
		finally {
			noScript.close();
		}
	}

	private int journalRows(String email) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM journal_entry JOIN account ON account.id = journal_entry.account_id"
					+ " WHERE account.email = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

}
