package org.firststep.accounts;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPagesIntegrationTests extends IntegrationTest {

	@Test
	void signUpShowsTheRecoveryCodeOnceAndSignsIn() {
		TestClient browser = client();
		Response page = browser.postForm("/sign-up", "email", Person.uniqueEmail(), "password", Person.PASSWORD,
				"displayName", "Ana", "timeZone", "America/Mexico_City");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(page.html().selectFirst("#recovery-code").text()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
		Response home = browser.get("/");
		assertThat(home.html().selectFirst("h1").text()).isEqualTo("Hi, Ana.");
		assertThat(browser.get("/api/v1/me").json().get("timeZone").asString()).isEqualTo("America/Mexico_City");
	}

	@Test
	void signUpTakesLanguageAndCountryFromTheBrowser() {
		TestClient browser = client().language("es-MX,es;q=0.9");
		browser.postForm("/sign-up", "email", Person.uniqueEmail(), "password", Person.PASSWORD);
		var me = browser.get("/api/v1/me").json();
		assertThat(me.get("locale").asString()).isEqualTo("es");
		assertThat(me.get("country").asString()).isEqualTo("MX");
		assertThat(me.get("timeZone").asString()).isEqualTo("UTC");
		assertThat(browser.get("/").html().selectFirst("h1").text()).startsWith("Hola");
	}

	@Test
	void signUpWithMistakesKeepsWhatWasTypedAndSaysWhatToFix() {
		TestClient browser = client();
		Response page = browser.postForm("/sign-up", "email", "not-an-address", "password", "short", "displayName",
				"Kim");
		assertThat(page.status()).isEqualTo(400);
		Document html = page.html();
		assertThat(html.selectFirst("#email").attr("value")).isEqualTo("not-an-address");
		assertThat(html.selectFirst("#displayName").attr("value")).isEqualTo("Kim");
		assertThat(html.selectFirst("#email-error").text()).contains("doesn’t look like an e-mail address");
		assertThat(html.selectFirst("#password-error").text()).contains("at least 12 characters");
		assertThat(html.selectFirst("#password").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void signUpRefusesACommonPasswordInSpanish() {
		Response page = client().language("es")
			.postForm("/sign-up", "email", Person.uniqueEmail(), "password", "qwertyuiopasdfgh");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().selectFirst("#password-error").text()).contains("contraseñas comunes");
	}

	@Test
	void signUpRefusesAnAddressAlreadyInUse() {
		Person existing = signedUpWithToken();
		Response page = client().postForm("/sign-up", "email", existing.email().toUpperCase(), "password",
				"another fine sentence here");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().selectFirst("#email-error").text()).contains("already an account");
	}

	@Test
	void signInGivesANewSessionIdAndReturnsToThePageAsked() {
		Person person = signedUpWithToken();
		TestClient browser = client();
		Response asked = browser.get("/settings");
		assertThat(asked.status()).isEqualTo(302);
		assertThat(asked.header("Location")).endsWith("/sign-in");
		String before = browser.cookie("FIRSTSTEP_SESSION").orElseThrow();
		Response signedIn = browser.postForm("/sign-in", "email", person.email(), "password", person.password());
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).endsWith("/settings");
		assertThat(browser.cookie("FIRSTSTEP_SESSION").orElseThrow()).isNotEqualTo(before);
		assertThat(signedIn.headers("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("FIRSTSTEP_SESSION=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		assertThat(browser.get("/settings").status()).isEqualTo(200);
	}

	@Test
	void sessionKeyAndDeviceCookiesAreSecureBehindHttps() {
		Person person = signedUpWithToken();
		TestClient browser = client();
		browser.get("/sign-in");
		browser.header("X-Forwarded-Proto", "https");
		Response signedIn = browser.postForm("/sign-in", "email", person.email(), "password", person.password());
		assertThat(signedIn.headers("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("FIRSTSTEP_"))
			.hasSize(3)
			.allSatisfy((cookie) -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		assertThat(signedIn.header("Strict-Transport-Security")).contains("max-age=31536000");
	}

	@Test
	void wrongPasswordKeepsTheAddressAndSaysSoKindly() {
		Person person = signedUpWithToken();
		Response page = client().postForm("/sign-in", "email", person.email(), "password", "not the password at all");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().selectFirst("#email").attr("value")).isEqualTo(person.email());
		assertThat(page.html().selectFirst(".alert").text()).contains("don’t match");
	}

	@Test
	void signOutEndsTheSession() {
		Person person = signedUpInBrowser();
		Response out = person.client().postForm("/sign-out");
		assertThat(out.status()).isEqualTo(302);
		assertThat(out.header("Location")).endsWith("/?signedOut");
		assertThat(out.headers("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie).startsWith("FIRSTSTEP_KEY=;"));
		assertThat(person.client().get("/settings").status()).isEqualTo(302);
	}

	@Test
	void aSessionCookieKeptPastSignOutOpensNothing() {
		Person person = signedUpInBrowser();
		String session = "FIRSTSTEP_SESSION=" + person.client().cookie("FIRSTSTEP_SESSION").orElseThrow();
		assertThat(client().header("Cookie", session).get("/settings").status()).isEqualTo(200);

		person.client().postForm("/sign-out");

		assertThat(client().header("Cookie", session).get("/settings").status()).isEqualTo(302);
	}

	@Test
	void profileChangesAreSavedAndMistakesShown() {
		Person person = signedUpInBrowser();
		Response saved = person.client()
			.postForm("/settings/profile", "displayName", "Alex", "locale", "es", "timeZone", "Europe/Madrid",
					"country", "ES");
		assertThat(saved.status()).isEqualTo(302);
		var me = person.client().get("/api/v1/me").json();
		assertThat(me.get("displayName").asString()).isEqualTo("Alex");
		assertThat(me.get("country").asString()).isEqualTo("ES");
		assertThat(person.client().cookie("lang")).contains("es");

		Response wrong = person.client()
			.postForm("/settings/profile", "displayName", "Alex", "locale", "fr", "timeZone", "Mars/Olympus", "country",
					"XX");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.html().selectFirst("#timeZone").parent().text()).contains("zona horaria");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() {
		Person person = signedUpInBrowser();
		Response wrong = person.client()
			.postForm("/settings/password", "currentPassword", "not my password", "newPassword",
					"a brand new sentence");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.html().selectFirst("#currentPassword-error").text()).contains("isn’t right");

		Response changed = person.client()
			.postForm("/settings/password", "currentPassword", person.password(), "newPassword",
					"a brand new sentence");
		assertThat(changed.status()).isEqualTo(302);
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", "a brand new sentence").status())
			.isEqualTo(302);
		assertThat(client().postForm("/sign-in", "email", person.email(), "password", person.password()).status())
			.isEqualTo(400);
	}

	@Test
	void changingThePasswordSignsOutOtherDevices() {
		Person person = signedUpInBrowser();
		TestClient phone = client();
		phone.postForm("/sign-in", "email", person.email(), "password", person.password());
		assertThat(phone.get("/settings").status()).isEqualTo(200);
		person.client()
			.postForm("/settings/password", "currentPassword", person.password(), "newPassword",
					"another long sentence");
		assertThat(phone.get("/settings").status()).isEqualTo(302);
		assertThat(person.client().get("/settings").status()).isEqualTo(200);
	}

	@Test
	void recoveryCodeSetsANewPasswordAndGivesANewCode() {
		Person person = signedUpWithToken();
		TestClient browser = client();
		Response recovered = browser.postForm("/recover", "email", person.email(), "recoveryCode",
				person.recoveryCode().toLowerCase().replace("-", " "), "newPassword", "remembered at last, thanks");
		assertThat(recovered.status()).isEqualTo(200);
		String next = recovered.html().selectFirst("#recovery-code").text();
		assertThat(next).isNotEqualTo(person.recoveryCode());
		assertThat(browser.get("/settings").status()).isEqualTo(200);
		Response reused = client().postForm("/recover", "email", person.email(), "recoveryCode", person.recoveryCode(),
				"newPassword", "trying the old code again");
		assertThat(reused.status()).isEqualTo(400);
	}

	@Test
	void deletingTheAccountAsksForThePasswordAgain() {
		Person person = signedUpInBrowser();
		Response wrong = person.client().postForm("/settings/delete", "password", "not my password");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.html().selectFirst("#password-error")).isNotNull();
		assertThat(countAccounts(person.email())).isOne();

		Response deleted = person.client().postForm("/settings/delete", "password", person.password());
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(deleted.header("Location")).endsWith("/?deleted");
		assertThat(countAccounts(person.email())).isZero();
		assertThat(person.client().get("/settings").status()).isEqualTo(302);
	}

	@Test
	void recoveryCodeCanBeDownloaded() {
		Response file = client().postForm("/recovery-code.txt", "code", "abcde-fghjk-mnpqr-stvwx");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Disposition")).contains("attachment");
		assertThat(file.body()).contains("ABCDE-FGHJK-MNPQR-STVWX");
	}

	private long countAccounts(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE email = ?").param(email).query(Long.class).single();
	}

	/**
	 * No browser sends bytes that are not UTF-8 (it turns a lone surrogate into U+FFFD),
	 * so there is nothing typed to show again: the refusal is FirstStep's own 400 page,
	 * with its headers and the crisis link, before the CSRF check would trip on the body.
	 */
	@Test
	void aSignInFormThatIsNotUtf8AnswersFirstStepsOwn400Page() {
		TestClient browser = client();
		browser.get("/sign-in");
		String token = browser.cookie("XSRF-TOKEN").orElseThrow();
		Response refused = browser.send("POST", "/sign-in", "application/x-www-form-urlencoded",
				"_csrf=" + token + "&email=kim%40example.org&password=a%20calm%20walk%20%ED%A0%80%20by%20the%20river");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("text/html");
		assertThat(refused.header("Content-Security-Policy")).isNotBlank();
		assertThat(refused.html().selectFirst("a.help-now").attr("href")).isEqualTo("/help");
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("Tomcat");
	}

	@Test
	void aNulInAFormFieldComesBackOnTheFormWithWhatWasTyped() {
		String email = Person.uniqueEmail();
		Response page = client().postForm("/sign-up", "email", email, "password", Person.PASSWORD, "displayName",
				"Ro\u0000bin");
		assertThat(page.status()).isEqualTo(400);
		Document html = page.html();
		assertThat(html.selectFirst("#email").attr("value")).isEqualTo(email);
		assertThat(html.selectFirst("#displayName-error").text()).contains("character we can’t store");
		Response signIn = client().postForm("/sign-in", "email", email, "password", Person.PASSWORD);
		assertThat(signIn.status()).as("no account was made").isEqualTo(400);
	}

}
