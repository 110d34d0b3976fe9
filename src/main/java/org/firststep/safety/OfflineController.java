package org.firststep.safety;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import org.firststep.platform.security.PublicRoutes;

/**
 * {@code /sw.js}: the service worker that keeps the crisis card, and with it the
 * signed-in person's plan, on the device after one visit, so that it opens without a
 * network. It is served from the root so that it may answer for {@code /help}, and names
 * the current fingerprinted styles so that the offline card looks as it should.
 */
@RestController
class OfflineController {

	private final ResourceUrlProvider assets;

	private volatile String script;

	OfflineController(ResourceUrlProvider assets) {
		this.assets = assets;
	}

	@GetMapping(path = "/sw.js", produces = "text/javascript")
	ResponseEntity<String> serviceWorker() throws java.io.IOException {
		String body = this.script;
		if (body == null) {
			String template = new ClassPathResource("safety/sw.js").getContentAsString(StandardCharsets.UTF_8);
			String assets = String.join("\", \"", asset("/css/app.css"), asset("/js/app.js"), asset("/img/icon.svg"));
			String withAssets = template.replace("/*ASSETS*/", "\"" + assets + "\"");
			String version = DigestUtils.md5DigestAsHex(withAssets.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
			body = withAssets.replace("/*VERSION*/", version);
			this.script = body;
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(body);
	}

	private String asset(String path) {
		String versioned = this.assets.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

	@Bean
	static PublicRoutes offlinePublicRoutes() {
		return PublicRoutes.of("/sw.js");
	}

}
