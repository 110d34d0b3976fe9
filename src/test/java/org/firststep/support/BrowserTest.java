package org.firststep.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the end-to-end tests: the machine's Chromium, headless, driven by Playwright
 * against the running app. One browser for the whole run; a fresh context (cookies,
 * storage, client address) per test. Playwright never downloads a browser of its own.
 */
public abstract class BrowserTest extends IntegrationTest {

	private static Browser browser;

	protected BrowserContext context;

	protected Page page;

	@BeforeEach
	void openBrowser() {
		this.context = newContext("en-US");
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		this.context.close();
	}

	/** A new, separate browser context, like a second person on another device. */
	protected BrowserContext newContext(String locale) {
		return newContext(locale, false);
	}

	/**
	 * A new context that may ignore the pages' Content-Security-Policy, for tests of what
	 * the pages would do without it (the policy is the second line of defence; escaping
	 * is the first).
	 */
	protected BrowserContext newContext(String locale, boolean bypassCsp) {
		return browser().newContext(options(locale).setBypassCSP(bypassCsp));
	}

	/** A context whose pages run no script, as a browser with JavaScript switched off. */
	protected BrowserContext newContextWithoutJavaScript() {
		return browser().newContext(options("en-US").setJavaScriptEnabled(false));
	}

	/**
	 * A context for tests that intercept the page's requests with {@code page.route}: the
	 * offline service worker is blocked, as Playwright advises, because the requests it
	 * serves escape the route and upset the page's load events (with it, one run in ten
	 * under load clicked before the page's script had run, or waited for ever).
	 */
	protected BrowserContext newContextForInterception() {
		return browser().newContext(options("en-US").setServiceWorkers(ServiceWorkerPolicy.BLOCK));
	}

	private static Browser.NewContextOptions options(String locale) {
		String address = "198.19." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		return new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(390, 844)
			.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address));
	}

	/**
	 * Signs a new person up in the page and waits until their home page has loaded. The
	 * last step is a link; a test that navigated away at once could race that navigation
	 * and act on a page whose script has not run yet.
	 */
	protected String signUp(Page page) {
		return signUp(page, Person.uniqueEmail(), null);
	}

	/** The same, with the e-mail address and, unless null, the name they go by. */
	protected String signUp(Page page, String email, String name) {
		page.navigate(url("/sign-up"));
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("New password").fill(Person.PASSWORD);
		if (name != null) {
			page.getByLabel("What should we call you?").fill(name);
		}
		page.getByText("Create my account").click();
		page.getByText("I have kept it safe").click();
		page.waitForURL(url("/"));
		return email;
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Checks the current page with axe-core: no serious or critical violation. */
	protected void assertAccessible() {
		AxeResults results = new AxeBuilder(this.page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> serious = results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(BrowserTest::describe)
			.toList();
		assertThat(serious).as("accessibility of %s", this.page.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	private static synchronized Browser browser() {
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

	private static Path chromium() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		throw new IllegalStateException(
				"The browser tests need Chromium: install it with 'apt-get install -y chromium'.");
	}

}
