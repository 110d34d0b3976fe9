package org.firststep.reminders;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FirstStep installs on a phone's home screen as a web app: every page links its
 * manifest, whose icons exist at the sizes it says, and whose shortcut opens the in-app
 * list of notifications in one tap.
 */
class InstallableAppIntegrationTests extends IntegrationTest {

	@Test
	void theManifestIsServedToEveryoneWithItsIconsAndAShortcutToNotifications() {
		TestClient visitor = client();
		Response manifest = visitor.get("/manifest.webmanifest");
		assertThat(manifest.status()).isEqualTo(200);
		assertThat(manifest.header("Content-Type")).startsWith("application/manifest+json");
		JsonNode app = JsonMapper.builder().build().readTree(manifest.body());
		assertThat(app.get("name").asString()).isEqualTo("FirstStep");
		assertThat(app.get("display").asString()).isEqualTo("standalone");
		assertThat(app.get("start_url").asString()).isEqualTo("/");
		assertThat(app.get("shortcuts").get(0).get("url").asString()).isEqualTo("/notifications");
		boolean maskable = false;
		for (JsonNode icon : app.get("icons")) {
			byte[] image = visitor.raw(icon.get("src").asString());
			assertThat(image).as(icon.get("src").asString()).isNotEmpty();
			if ("image/png".equals(icon.get("type").asString())) {
				// A PNG's IHDR holds its width and height at bytes 16 to 23.
				int width = ByteBuffer.wrap(image, 16, 4).getInt();
				int height = ByteBuffer.wrap(image, 20, 4).getInt();
				assertThat(width + "x" + height).isEqualTo(icon.get("sizes").asString());
			}
			maskable |= icon.has("purpose") && icon.get("purpose").asString().equals("maskable");
		}
		assertThat(maskable).isTrue();
	}

	@Test
	void everyPageLinksTheManifestAndAHomeScreenIcon() {
		for (String path : new String[] { "/", "/help", "/sign-in" }) {
			var head = client().get(path).html().head();
			assertThat(head.select("link[rel=manifest]").attr("href")).as(path).isEqualTo("/manifest.webmanifest");
			assertThat(head.select("link[rel=apple-touch-icon]").attr("href")).as(path).isEqualTo("/img/icon-192.png");
		}
	}

}
