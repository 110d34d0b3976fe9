package org.firststep.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import org.firststep.platform.mail.OutboxFixture;
import org.firststep.support.BrowserTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;
import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The host's outbox page on an instance without SMTP, as on a laptop: a host admin (an
 * account {@code firststep.host.admins} lists, in any case) sees the e-mails newest first
 * in their own time zone and opens one with its links clickable; anyone else is answered
 * as for an address that does not exist, and only the mailer's own file names open. Once
 * in the browser too, with screenshots in {@code target/host-shots}.
 * <p>
 * An application context of its own, closed after the class: its mail and reminder
 * workers look at the shared queue only at start, so that mail of other tests never lands
 * in this outbox, nor this context outlives the class. The mails are written by the app's
 * own mailer ({@link OutboxFixture}), so no other context can send them over SMTP first.
 */
@TestPropertySource(
		properties = { "spring.mail.host=", "firststep.mail.retry-after=1h", "firststep.reminders.poll=1h" })
@DirtiesContext
class HostOutboxIntegrationTests extends BrowserTest {

	static final String ADMIN = "host-" + UUID.randomUUID() + "@example.org";

	/** Listed in capitals; the account's address is lower-cased at sign-up. */
	static final String OTHER_ADMIN = "Other-Host-" + UUID.randomUUID() + "@Example.ORG";

	private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

	private static Person admin;

	@DynamicPropertySource
	static void hostAdmins(DynamicPropertyRegistry registry) {
		registry.add("firststep.host.admins", () -> " " + ADMIN + ", " + OTHER_ADMIN + " ,");
	}

	@BeforeEach
	void emptyOutbox() throws IOException {
		Path outbox = outbox();
		if (Files.isDirectory(outbox)) {
			try (Stream<Path> files = Files.list(outbox)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	void aHostAdminSeesTheMailsNewestFirstInTheirTimeZoneAndOpensOneWithItsLink() {
		String link = "http://localhost:" + this.port + "/reset/" + UUID.randomUUID();
		OutboxFixture.write(dataDir(), NOON, "sam@example.org", "Your invitation", "Hello");
		String newer = OutboxFixture.write(dataDir(), NOON.plusSeconds(3600), "robin@example.org",
				"Start afresh in FirstStep", "Open this link to start afresh:\n" + link + "\n\nIt works for 1 hour.");
		TestClient host = admin().client();

		Response list = host.get("/host/outbox");

		assertThat(list.status()).isEqualTo(200);
		Document page = list.html();
		assertThat(page.select("ul.outbox li")).hasSize(2);
		Element first = page.selectFirst("ul.outbox li");
		assertThat(first.selectFirst("a").text()).isEqualTo("Start afresh in FirstStep");
		assertThat(first.selectFirst("a").attr("href")).isEqualTo("/host/outbox/" + newer);
		assertThat(first.text()).contains("to robin@example.org");
		// Europe/Madrid, the admin's zone: 14:00 there, not 13:00 as in UTC.
		assertThat(first.selectFirst("time").text())
			.isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(Locale.ENGLISH)
				.withZone(ZoneId.of("Europe/Madrid"))
				.format(NOON.plusSeconds(3600)));
		assertThat(page.select("ul.outbox li").get(1).text()).contains("Your invitation", "to sam@example.org");

		Response opened = host.get(first.selectFirst("a").attr("href"));

		assertThat(opened.status()).isEqualTo(200);
		Document mail = opened.html();
		assertThat(mail.selectFirst("h1").text()).isEqualTo("Start afresh in FirstStep");
		assertThat(mail.select(".mail-headers dd").eachText()).containsExactly("FirstStep <no-reply@localhost>",
				"robin@example.org", "Start afresh in FirstStep",
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(Locale.ENGLISH)
					.withZone(ZoneId.of("Europe/Madrid"))
					.format(NOON.plusSeconds(3600)));
		assertThat(mail.select(".mail-body a").eachAttr("href")).containsExactly(link);
		assertThat(mail.selectFirst(".mail-body").wholeText()).startsWith("Open this link to start afresh:\n")
			.endsWith("\n\nIt works for 1 hour.");
	}

	@Test
	void anAddressListedInCapitalsIsAHostAdminToo() {
		Person other = Person.signUpInBrowser(client(), OTHER_ADMIN.toLowerCase(Locale.ROOT));
		OutboxFixture.write(dataDir(), NOON, "sam@example.org", "Your invitation", "Hello");

		Response list = other.client().get("/host/outbox");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().select("ul.outbox li")).hasSize(1);
	}

	@Test
	void anyoneElseSignedInGetsTheNotFoundPageAndNoLinkToIt() {
		String file = OutboxFixture.write(dataDir(), NOON, "sam@example.org", "Your invitation", "A secret link");
		Person someone = signedUpInBrowser();
		Response unknown = someone.client().get("/nothing-here");

		for (String path : new String[] { "/host/outbox", "/host/outbox/" + file }) {
			Response response = someone.client().get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.html().selectFirst("h1").text()).as(path)
				.isEqualTo(unknown.html().selectFirst("h1").text());
			assertThat(response.body()).as(path).doesNotContain("Your invitation").doesNotContain("sam@example.org");
		}
		assertThat(someone.client().get("/settings").html().select("a[href='/host/outbox']")).isEmpty();
		assertThat(admin().client().get("/settings").html().select("#host a[href='/host/outbox']")).hasSize(1);
	}

	@Test
	void aVisitorWhoIsNotSignedInIsAnsweredAsForAnyAddressThatDoesNotExist() {
		String file = OutboxFixture.write(dataDir(), NOON, "sam@example.org", "Your invitation", "A secret link");
		Response unknown = client().get("/nothing-here");

		for (String path : new String[] { "/host/outbox", "/host/outbox/" + file }) {
			Response response = client().get(path);
			assertThat(response.status()).as(path).isEqualTo(unknown.status()).isEqualTo(302);
			assertThat(response.header("Location")).as(path).isEqualTo(unknown.header("Location")).endsWith("/sign-in");
			assertThat(response.body()).as(path).doesNotContain("sam@example.org");
		}
	}

	/**
	 * Names that are not the mailer's: not found; addresses the security firewall refuses
	 * (an encoded slash, dot or backslash), as everywhere, 400. Neither shows anything.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "1-old.eml, 404", "old.eml, 404", "firststep.db, 404", "..., 404",
			"1772366400000-0F8FAD5B-D9CB-469F-A165-70867728950E.eml, 404",
			"1772366400000-0f8fad5b-d9cb-469f-a165-70867728950e.eml, 404", "..%2Ffirststep.db, 400",
			"..%2F..%2Fetc%2Fpasswd, 400", "%2e%2e%2Ffirststep.db, 400", "..%5Cfirststep.db, 400", "%2e%2e, 400",
			"1-old.eml%00, 400" })
	void aNameTheMailerDoesNotGiveShowsNothing(String name, int status) throws IOException {
		OutboxFixture.write(dataDir(), NOON, "sam@example.org", "Your invitation", "A secret link");
		Files.writeString(outbox().resolve("1-old.eml"), "To: sam@example.org\r\nSubject: Old\r\n\r\nA secret link");
		Files.writeString(outbox().resolve("old.eml"), "To: sam@example.org\r\nSubject: Old\r\n\r\nA secret link");

		Response response = admin().client().get("/host/outbox/" + name);

		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body()).doesNotContain("A secret link").doesNotContain("sam@example.org");
	}

	@Test
	void anEmptyOutboxSaysSo() {
		Response list = admin().client().get("/host/outbox");

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().selectFirst("#empty").text()).startsWith("The outbox is empty.");
		assertThat(list.html().select("ul.outbox")).isEmpty();
	}

	@Test
	void theListShowsTheNewest200AndSaysHowManyThereAre() {
		for (int i = 0; i <= OutboxController.SHOWN; i++) {
			OutboxFixture.write(dataDir(), NOON.plusSeconds(i), "sam@example.org", "Mail " + i, "Hello");
		}

		Document list = admin().client().get("/host/outbox").html();

		assertThat(list.select("ul.outbox li")).hasSize(200);
		assertThat(list.selectFirst("ul.outbox li a").text()).isEqualTo("Mail 200");
		assertThat(list.selectFirst("#capped").text()).isEqualTo("Showing the newest 200 of 201 e-mails.");
		assertThat(list.text()).doesNotContain("Mail 0 ");
	}

	@Test
	void theOutboxPagesFitAPhoneInBothLanguages() {
		assumeFalse(TestDatabase.isPostgres(), "the pages are the same on either database");
		OutboxFixture.write(dataDir(), NOON, "sam@example.org", "Someone invited you to FirstStep",
				"Robin would like you to support them in FirstStep.\n\nhttp://localhost:" + this.port + "/invitations/"
						+ UUID.randomUUID() + "\n\nThe link works for 7 days.");
		OutboxFixture.write(dataDir(), NOON.plusSeconds(600), "person-" + UUID.randomUUID() + "@example.org",
				"Start afresh in FirstStep", "Open this link to start afresh:\nhttp://localhost:" + this.port
						+ "/reset/" + UUID.randomUUID() + "\n\nIt works for 1 hour.");
		Person host = admin();
		this.page.navigate(url("/sign-in"));
		this.page.locator("input[name=email]").fill(host.email());
		this.page.locator("input[name=password]").fill(host.password());
		this.page.locator("form[action='/sign-in'] button[type=submit]").click();
		this.page.waitForURL(url("/"));

		this.page.navigate(url("/host/outbox"));
		look("outbox-en");
		this.page.locator("ul.outbox a").first().click();
		PlaywrightAssertions.assertThat(this.page.locator(".mail-body a")).isVisible();
		look("mail-en");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
		look("mail-es");
		this.page.navigate(url("/host/outbox"));
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Bandeja de salida");
		look("outbox-es");
		emptyOutboxQuietly();
		this.page.reload();
		look("outbox-empty-es");
	}

	private void emptyOutboxQuietly() {
		try {
			emptyOutbox();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * At the desktop width and the phone's: no wider than the screen, nothing serious.
	 */
	private void look(String name) {
		Path folder = Path.of(System.getProperty("firststep.test.shots", "target/host-shots"));
		for (int width : new int[] { 1280, 390 }) {
			this.page.setViewportSize(width, 800);
			int scrollWidth = ((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue();
			assertThat(scrollWidth).as("width of %s at %d px", name, width).isLessThanOrEqualTo(width);
			this.page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + "-" + width + ".png"))
				.setFullPage(true));
		}
		assertAccessible();
	}

	/** The host admin, signed up once for the class (in Europe/Madrid). */
	private Person admin() {
		if (admin == null) {
			admin = Person.signUpInBrowser(client(), ADMIN);
		}
		return admin;
	}

	private static Path dataDir() {
		return TestDatabase.dataDir();
	}

	private static Path outbox() {
		return dataDir().resolve("outbox");
	}

}
