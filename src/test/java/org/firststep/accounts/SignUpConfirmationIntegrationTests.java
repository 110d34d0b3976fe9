package org.firststep.accounts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-up where e-mail reaches people ({@code firststep.accounts.confirm-sign-up} on, as
 * it is by default with SMTP): the answer is the same, in the same time, whether or not
 * the address has an account; a new account waits for the button behind its link; the
 * owner of a taken address gets a note. Over HTTP on both databases, and once in the
 * browser. The only test class with this setting, so an application context of its own.
 */
@TestPropertySource(properties = "firststep.accounts.confirm-sign-up=true")
class SignUpConfirmationIntegrationTests extends BrowserTest {

	private static final Pattern CONFIRM_LINK = Pattern.compile("https?://[^/\\s]+/confirm/([A-Za-z0-9_-]+)");

	private static final Pattern CSRF = Pattern.compile("(name=\"_csrf\" value=\")[^\"]+");

	@Autowired
	SignUpConfirmations confirmations;

	@Test
	void theSignUpPageAnswersANewAndATakenAddressAlike() {
		String taken = confirmedAccount("Robin");
		String fresh = Person.uniqueEmail();
		assertThat(fresh).hasSameSizeAs(taken);

		Response forFresh = client().postForm("/sign-up", "email", fresh, "password", "a new password for me",
				"displayName", "Kim");
		Response forTaken = client().postForm("/sign-up", "email", taken, "password", "a new password for me",
				"displayName", "Kim");

		assertThat(forFresh.status()).isEqualTo(forTaken.status()).isEqualTo(200);
		assertThat(forFresh.html().selectFirst("h1").text()).isEqualTo("Check your inbox");
		assertThat(forFresh.html().selectFirst("#sent-to").text()).isEqualTo(fresh);
		assertThat(comparable(forTaken.body(), taken)).isEqualTo(comparable(forFresh.body(), fresh));
		assertThat(headers(forTaken)).isEqualTo(headers(forFresh));
		assertThat(forFresh.headers("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("FIRSTSTEP_SESSION"));
	}

	@Test
	void theApiAnswersANewAndATakenAddressAlike() {
		String taken = confirmedAccount("Robin");
		String fresh = Person.uniqueEmail();

		Response forFresh = client().postJson("/api/v1/accounts",
				Map.of("email", fresh, "password", "a new password for me"));
		Response forTaken = client().postJson("/api/v1/accounts",
				Map.of("email", taken, "password", "a new password for me"));

		assertThat(forFresh.status()).isEqualTo(forTaken.status()).isEqualTo(202);
		assertThat(forFresh.json().get("message").asString())
			.isEqualTo("Check your inbox: we sent a link to finish signing up.");
		assertThat(forTaken.body().replace(taken, "ADDRESS")).isEqualTo(forFresh.body().replace(fresh, "ADDRESS"));
		assertThat(headers(forTaken)).isEqualTo(headers(forFresh));
	}

	@Test
	void aNewAndATakenAddressTakeTheSameTime() {
		String taken = confirmedAccount("Robin");
		TestClient client = client();
		for (int i = 0; i < 2; i++) {
			signUpTook(client, Person.uniqueEmail());
			signUpTook(client, taken);
		}
		// Up to three rounds: a busy machine can upset one, a real difference upsets all.
		long freshMedian = 0;
		long takenMedian = 0;
		for (int round = 0; round < 3; round++) {
			List<Long> fresh = new ArrayList<>();
			List<Long> existing = new ArrayList<>();
			for (int i = 0; i < 9; i++) {
				fresh.add(signUpTook(client, Person.uniqueEmail()));
				existing.add(signUpTook(client, taken));
			}
			freshMedian = median(fresh);
			takenMedian = median(existing);
			System.out.printf("Sign-up medians of 9: new address %.1f ms, taken address %.1f ms%n", freshMedian / 1e6,
					takenMedian / 1e6);
			if (Math.abs(freshMedian - takenMedian) <= 0.3 * Math.max(freshMedian, takenMedian)) {
				break;
			}
		}
		assertThat(Math.abs(freshMedian - takenMedian))
			.as("medians in ms: new address %d, taken address %d", freshMedian / 1_000_000, takenMedian / 1_000_000)
			.isLessThanOrEqualTo((long) (0.3 * Math.max(freshMedian, takenMedian)));
	}

	@Test
	void theOwnerOfATakenAddressGetsANoteAndTheAccountStaysAsItWas() throws Exception {
		String taken = confirmedAccount("Robin");

		client().postForm("/sign-up", "email", taken, "password", "someone else's password", "displayName", "Kim");

		MimeMessage note = TestMail.awaitTo(taken, 2).get(1);
		assertThat(note.getSubject()).isEqualTo("Someone tried to sign up with your address");
		String body = text(note);
		assertThat(body).contains("You already have one, so nothing has changed")
			.containsPattern("https?://[^\\s]+/sign-in\\s")
			.containsPattern("https?://[^\\s]+/recover\\s")
			.contains("If it wasn’t you, you need do nothing")
			.doesNotContain("/confirm/");
		assertThat(client().postForm("/sign-in", "email", taken, "password", "someone else's password").status())
			.isEqualTo(400);
		TestClient owner = client();
		assertThat(owner.postForm("/sign-in", "email", taken, "password", Person.PASSWORD).status())
			.as("the owner's first sign-in, with the recovery code")
			.isEqualTo(200);
		assertThat(owner.get("/api/v1/me").json().get("displayName").asString()).isEqualTo("Robin");
	}

	@Test
	void theLinkOpensAPageWhoseButtonConfirmsAndTheFirstSignInShowsTheRecoveryCodeOnce() throws Exception {
		String email = Person.uniqueEmail();
		client().postForm("/sign-up", "email", email, "password", Person.PASSWORD, "displayName", "Ana");
		MimeMessage mail = TestMail.awaitLast(email);
		assertThat(mail.getSubject()).isEqualTo("Finish signing up for FirstStep");
		String token = token(mail);

		Response page = client().get("/confirm/" + token);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("form[method=post][action=/confirm/" + token + "] button")).hasSize(1);
		assertThat(client().postForm("/sign-in", "email", email, "password", Person.PASSWORD).status())
			.as("opening the link confirms nothing")
			.isEqualTo(400);

		Response confirmed = client().postForm("/confirm/" + token);
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(confirmed.header("Location")).endsWith("/sign-in?confirmed");
		assertThat(client().get("/sign-in?confirmed").html().selectFirst(".notice").text())
			.startsWith("Your account is ready.");

		TestClient browser = client();
		Response first = browser.postForm("/sign-in", "email", email, "password", Person.PASSWORD);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Cache-Control")).contains("no-store");
		String code = first.html().selectFirst("#recovery-code").text();
		assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
		assertThat(browser.get("/").html().selectFirst("h1").text()).isEqualTo("Hi, Ana.");

		Response second = client().postForm("/sign-in", "email", email, "password", Person.PASSWORD);
		assertThat(second.status()).as("the code is shown once").isEqualTo(302);
		assertThat(client()
			.postJson("/api/v1/auth/recover",
					Map.of("email", email, "recoveryCode", code, "newPassword", "another calm walk home"))
			.status()).as("the code shown is the one that works").isEqualTo(200);
		assertThat(client().get("/confirm/" + token).status()).as("the link works once").isEqualTo(404);
	}

	@Test
	void anAccountWaitingForItsLinkIsRefusedLikeAWrongPassword() {
		String email = Person.uniqueEmail();
		client().postForm("/sign-up", "email", email, "password", Person.PASSWORD);

		Response rightPassword = client().postForm("/sign-in", "email", email, "password", Person.PASSWORD);
		Response wrongPassword = client().postForm("/sign-in", "email", email, "password", "not the password at all");

		assertThat(rightPassword.status()).isEqualTo(400);
		assertThat(rightPassword.html().select(".alert").text()).isEqualTo(wrongPassword.html().select(".alert").text())
			.contains("don’t match");
		assertThat(
				client().postJson("/api/v1/auth/tokens", Map.of("email", email, "password", Person.PASSWORD)).status())
			.isEqualTo(401);
	}

	@Test
	void signingUpAgainReplacesAnAccountThatWasNeverConfirmed() throws Exception {
		String email = Person.uniqueEmail();
		client().postForm("/sign-up", "email", email, "password", "the first password I chose");
		String firstToken = token(TestMail.awaitTo(email, 1).get(0));
		client().postForm("/sign-up", "email", email, "password", "the second password I chose");
		String secondToken = token(TestMail.awaitTo(email, 2).get(1));

		assertThat(client().postForm("/confirm/" + firstToken).status()).isEqualTo(404);
		assertThat(client().postForm("/confirm/" + secondToken).status()).isEqualTo(302);
		assertThat(client().postForm("/sign-in", "email", email, "password", "the first password I chose").status())
			.isEqualTo(400);
		assertThat(client().postForm("/sign-in", "email", email, "password", "the second password I chose").status())
			.isEqualTo(200);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(email).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theApiConfirmsWithTheTokenAndTheFirstApiTokenCarriesTheRecoveryCode() throws Exception {
		String email = Person.uniqueEmail();
		assertThat(client().postJson("/api/v1/accounts", Map.of("email", email, "password", Person.PASSWORD)).status())
			.isEqualTo(202);
		String token = token(TestMail.awaitLast(email));

		assertThat(client().postJson("/api/v1/accounts/confirm", Map.of("token", "not-a-real-token")).status())
			.isEqualTo(404);
		assertThat(client().postJson("/api/v1/accounts/confirm", Map.of("token", token)).status()).isEqualTo(204);

		Map<String, String> credentials = Map.of("email", email, "password", Person.PASSWORD);
		Response first = client().postJson("/api/v1/auth/tokens", credentials);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("recoveryCode").asString()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
		Response second = client().postJson("/api/v1/auth/tokens", credentials);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().has("recoveryCode")).isFalse();
		assertThat(client().postForm("/sign-in", "email", email, "password", Person.PASSWORD).status())
			.as("nor after it, in the browser")
			.isEqualTo(302);
	}

	@Test
	void aFreshStartLinkAlsoConfirmsTheAddress() throws Exception {
		String email = Person.uniqueEmail();
		client().postForm("/sign-up", "email", email, "password", Person.PASSWORD);
		TestMail.awaitTo(email, 1);
		client().postForm("/reset", "email", email);
		String reset = text(TestMail.awaitTo(email, 2).get(1)).replaceAll("(?s).*?(/reset/[A-Za-z0-9_-]+).*", "$1");

		Response done = client().postForm(reset, "newPassword", "starting over gently", "understood", "true");

		assertThat(done.status()).isEqualTo(200);
		assertThat(client().postForm("/sign-in", "email", email, "password", "starting over gently").status())
			.isEqualTo(302);
	}

	@Test
	void anAccountNeverConfirmedIsForgottenOnceItsLinkHasExpired() {
		String waiting = Person.uniqueEmail();
		client().postForm("/sign-up", "email", waiting, "password", Person.PASSWORD);
		String confirmed = confirmedAccount("Robin");
		long twoDaysAgo = System.currentTimeMillis() - 48 * 3_600_000L;
		this.jdbc.sql("UPDATE account SET created_at = ? WHERE email IN (?, ?)")
			.params(twoDaysAgo, waiting, confirmed)
			.update();

		this.confirmations.forgetUnconfirmed();

		assertThat(accounts(waiting)).isZero();
		assertThat(accounts(confirmed)).isOne();
	}

	@Test
	void aPersonSignsUpConfirmsAndSignsInInTheBrowser() {
		String email = Person.uniqueEmail();
		this.page.navigate(url("/sign-up"));
		this.page.getByLabel("E-mail address").fill(email);
		this.page.getByLabel("New password").fill(Person.PASSWORD);
		this.page.getByLabel("What should we call you?").fill("Ana");
		this.page.getByText("Create my account").click();
		assertHeading("Check your inbox");
		assertThat(this.page.locator("#sent-to").textContent()).isEqualTo(email);
		assertAccessible();

		this.page.navigate(link(TestMail.awaitLast(email)));
		assertHeading("One last step");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish signing up")).click();

		assertHeading("Sign in");
		assertThat(this.page.locator(".notice").textContent()).startsWith("Your account is ready.");
		assertAccessible();
		this.page.getByLabel("E-mail address").fill(email);
		this.page.getByLabel("Password").fill(Person.PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

		assertHeading("Your recovery code");
		assertThat(this.page.locator("#recovery-code").textContent()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
		assertAccessible();
		this.page.getByText("I have kept it safe").click();
		assertHeading("Hi, Ana.");

		this.page.navigate(link(TestMail.awaitLast(email)));
		assertHeading("This link no longer works");
		assertAccessible();
	}

	/**
	 * Not a check: pictures of the new pages on a small phone and a laptop, in both
	 * languages, in {@code target/screenshots/sign-up-confirmation}, for people to look
	 * at.
	 */
	@Test
	void screenshotsOfTheNewPages() {
		for (String locale : List.of("en-US", "es-ES")) {
			BrowserContext context = newContext(locale);
			try {
				Page browser = context.newPage();
				String email = Person.uniqueEmail();
				browser.navigate(url("/sign-up"));
				browser.locator("#email").fill(email);
				browser.locator("#password").fill(Person.PASSWORD);
				browser.locator("form[action='/sign-up'] button[type=submit]").click();
				shoot(browser, locale, "1-check-your-inbox");
				String link = link(TestMail.awaitLast(email));
				browser.navigate(link);
				shoot(browser, locale, "2-one-last-step");
				browser.locator("form[action^='/confirm/'] button").click();
				shoot(browser, locale, "3-sign-in-ready");
				browser.navigate(link);
				shoot(browser, locale, "4-link-used");
				browser.navigate(url("/sign-in"));
				browser.locator("#email").fill(email);
				browser.locator("#password").fill(Person.PASSWORD);
				browser.locator("form[action='/sign-in'] button[type=submit]").click();
				shoot(browser, locale, "5-recovery-code");
				browser.navigate(link);
				shoot(browser, locale, "6-link-used-signed-in");
			}
			finally {
				context.close();
			}
		}
	}

	private void shoot(Page browser, String locale, String name) {
		for (int width : List.of(390, 1280)) {
			browser.setViewportSize(width, (width == 390) ? 844 : 800);
			browser.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target/screenshots/sign-up-confirmation",
						name + "-" + locale.substring(0, 2) + "-" + width + ".png")));
		}
	}

	private void assertHeading(String text) {
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText(text);
	}

	/**
	 * An account that went through sign-up and its link, with {@link Person#PASSWORD}.
	 */
	private String confirmedAccount(String name) {
		String email = Person.uniqueEmail();
		Response signedUp = client().postJson("/api/v1/accounts",
				Map.of("email", email, "password", Person.PASSWORD, "displayName", name));
		assertThat(signedUp.status()).isEqualTo(202);
		try {
			assertThat(client().postForm("/confirm/" + token(TestMail.awaitLast(email))).status()).isEqualTo(302);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		return email;
	}

	private long accounts(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(email).query(Long.class).single();
	}

	private static long signUpTook(TestClient client, String email) {
		long start = System.nanoTime();
		Response response = client.postJson("/api/v1/accounts", Map.of("email", email, "password", Person.PASSWORD));
		long took = System.nanoTime() - start;
		assertThat(response.status()).isEqualTo(202);
		return took;
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	/** The page without what differs by nature: the address typed and the CSRF tokens. */
	private static String comparable(String body, String email) {
		return CSRF.matcher(body.replace(email, "ADDRESS")).replaceAll("$1TOKEN");
	}

	/** Every header but the date and the values of cookies, whose names must match. */
	private static Map<String, List<String>> headers(Response response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (name.equalsIgnoreCase("date")) {
				return;
			}
			headers.put(name.toLowerCase(java.util.Locale.ROOT), name.equalsIgnoreCase("set-cookie")
					? values.stream().map((cookie) -> cookie.substring(0, cookie.indexOf('='))).sorted().toList()
					: values);
		});
		return headers;
	}

	/** The body as the person reads it, quoted-printable decoded. */
	private static String text(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static String token(MimeMessage mail) throws Exception {
		Matcher matcher = CONFIRM_LINK.matcher(text(mail));
		assertThat(matcher.find()).as("a confirmation link in %s", text(mail)).isTrue();
		return matcher.group(1);
	}

	private String link(MimeMessage mail) {
		try {
			return url("/confirm/" + token(mail));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
