package org.firststep.journeys;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import org.firststep.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small note after a save that carries a strong risk signal without any idea of
 * death: on a small phone it sits beside the page's own confirmation, both on screen, in
 * English and in Spanish. Screenshots of each go to {@code target/note-shots} (or the
 * folder named by {@code firststep.test.shots}) for a person to look at.
 */
class SafetyNoteBrowserTests extends BrowserTest {

	private static final int WIDTH = 390;

	private static final int HEIGHT = 640;

	@Test
	void afterABurdenThoughtTheConfirmationAndTheNoteAreBothOnAPhoneScreen() {
		signUp(this.page);
		this.page.setViewportSize(WIDTH, HEIGHT);
		this.page.navigate(url("/thoughts/new"));
		this.page.getByLabel("What went through your mind?").fill("She will think I am a burden.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

		assertThat(this.page.locator(".notice[role=status]")).hasText("Saved.");
		assertThat(this.page.locator("#safety-panel")).hasCount(0);
		assertThat(this.page.locator("#safety-note a[href='/help']")).isVisible();
		assertThat(this.page.locator("#safety-note a[href='/safety-plan']")).isVisible();
		shoot("thought-en");
		assertOnScreen(this.page.locator(".notice[role=status]"));
		assertOnScreen(this.page.locator("#safety-note"));
		assertAccessible();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español")).click();
		this.page.navigate(url("/journal"));
		this.page.locator("textarea[name=text]").fill("Va a pensar que soy una carga.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar").setExact(true)).click();

		assertThat(this.page.locator(".notice[role=status]")).hasText("Guardado.");
		assertThat(this.page.locator("#safety-note")).containsText("Plan de seguridad");
		shoot("journal-es");
		assertOnScreen(this.page.locator(".notice[role=status]"));
		assertOnScreen(this.page.locator("#safety-note"));
		assertAccessible();
	}

	/** Wholly inside the small phone's first screen, without scrolling. */
	private void assertOnScreen(Locator locator) {
		BoundingBox box = locator.boundingBox();
		assertThat(box).as("%s is laid out", locator).isNotNull();
		assertThat(box.y).as("top of %s", locator).isGreaterThanOrEqualTo(0);
		assertThat(box.y + box.height).as("bottom of %s", locator).isLessThanOrEqualTo(HEIGHT);
	}

	/**
	 * Screenshots at the desktop width and at the phone's, which it leaves the page at.
	 */
	private void shoot(String name) {
		Path folder = Path.of(System.getProperty("firststep.test.shots", "target/note-shots"));
		for (int width : new int[] { 1280, WIDTH }) {
			this.page.setViewportSize(width, (width == WIDTH) ? HEIGHT : 800);
			this.page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + "-" + width + ".png")));
		}
	}

}
