package org.firststep.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first visit, end to end: sign up, home, crisis card, sign out, sign in, quick exit;
 * the same in Spanish; with an accessibility scan of every page on the way.
 */
class FirstVisitBrowserTests extends BrowserTest {

	@Test
	void signUpHomeCrisisCardSignOutAndSignInAgain() {
		String email = Person.uniqueEmail();
		this.page.navigate(url("/"));
		assertThat(this.page.locator("h1")).containsText("Asking for help is hard");
		assertAccessible();

		this.page.getByText("Start with one small step").click();
		assertAccessible();
		this.page.getByLabel("E-mail address").fill(email);
		this.page.getByLabel("New password").fill("short");
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Create my account"))
			.click();
		assertThat(this.page.locator("#password-error")).containsText("at least 12 characters");
		assertThat(this.page.getByLabel("E-mail address")).hasValue(email);
		assertAccessible();

		this.page.getByLabel("New password").fill(Person.PASSWORD);
		this.page.getByLabel("What should we call you?").fill("Sam");
		this.page.getByText("Create my account").click();
		assertThat(this.page.locator("#recovery-code")).hasText(java.util.regex.Pattern.compile("[0-9A-Z-]{23}"));
		assertAccessible();

		this.page.getByText("I have kept it safe").click();
		assertThat(this.page.locator("h1")).hasText("Hi, Sam.");
		assertAccessible();

		this.page.locator("a.help-now").click();
		assertThat(this.page.locator("h1")).hasText("Get help now");
		assertThat(this.page.locator(".emergency a[href^='tel:']").first()).isVisible();
		assertAccessible();

		this.page.getByText("Sign out").click();
		assertThat(this.page.locator(".notice")).containsText("signed out");
		this.page.navigate(url("/settings"));
		assertThat(this.page.locator("h1")).hasText("Sign in");
		assertAccessible();
		this.page.getByLabel("E-mail address").fill(email);
		this.page.getByLabel("Password").fill(Person.PASSWORD);
		this.page.locator("form button.primary").click();
		assertThat(this.page.locator("h1")).hasText("Settings");
		assertAccessible();
	}

	@Test
	void quickExitLeavesAtOnceAndBackDoesNotReturn() {
		this.context.route("https://www.google.com/**",
				(Route route) -> route.fulfill(new Route.FulfillOptions().setContentType("text/html")
					.setBody("<html><head><title>Weather</title></head><body>neutral</body></html>")));
		this.page.navigate("data:text/html,<title>before</title>");
		this.page.navigate(url("/help"));
		this.page.locator("a.quick-exit").click();
		this.page.waitForURL("https://www.google.com/**");
		assertThat(this.page).hasTitle("Weather");
		this.page.goBack();
		assertThat(this.page.url()).doesNotContain("localhost");
	}

	@Test
	void theSameFirstVisitInSpanish() {
		this.context.close();
		this.context = newContext("es-ES");
		this.page = this.context.newPage();
		this.page.navigate(url("/"));
		assertThat(this.page.locator("html")).hasAttribute("lang", "es");
		assertThat(this.page.locator("h1")).containsText("Pedir ayuda cuesta");
		assertAccessible();

		this.page.getByText("Empieza con un paso pequeño").click();
		this.page.getByLabel("Correo electrónico").fill(Person.uniqueEmail());
		this.page.getByLabel("Contraseña nueva").fill(Person.PASSWORD);
		this.page.getByLabel("¿Cómo quieres que te llamemos?").fill("Lucía");
		this.page.getByText("Crear mi cuenta").click();
		assertThat(this.page.locator("h1")).hasText("Tu código de recuperación");
		assertAccessible();
		this.page.getByText("Ya lo he guardado").click();
		assertThat(this.page.locator("h1")).hasText("Hola, Lucía.");
		assertAccessible();

		this.page.locator("a.help-now").click();
		assertThat(this.page.locator("h1")).hasText("Ayuda ahora");
		assertThat(this.page.locator(".emergency a[href='tel:112']")).isVisible();
		assertThat(this.page.locator(".lines a[href='tel:024']")).isVisible();
		assertAccessible();

		this.page.getByText("Cerrar sesión").click();
		assertThat(this.page.locator(".notice")).containsText("Has cerrado sesión");
		this.page.getByText("Entrar").first().click();
		assertThat(this.page.locator("h1")).hasText("Entrar");
		assertAccessible();
	}

	@Test
	void theLanguageSwitchWorksOnEveryPageAndComesBack() {
		this.page.navigate(url("/help?country=US"));
		this.page.getByText("Español").click();
		assertThat(this.page.locator("h1")).hasText("Ayuda ahora");
		assertThat(this.page.url()).endsWith("/help?country=US");
		this.page.getByText("English").click();
		assertThat(this.page.locator("h1")).hasText("Get help now");
	}

}
