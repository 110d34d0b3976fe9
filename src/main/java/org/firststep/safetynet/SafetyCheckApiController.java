package org.firststep.safetynet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.PublicRoutes;

/**
 * {@code POST /api/v1/safety/check}: the same detector that looks at every saved text,
 * for everyone. It answers {@code {"concern": true|false, "level":
 * "none"|"concern"|"crisis"}}; {@code concern} keeps its meaning (true for both raised
 * levels). Nothing is stored or logged.
 */
@RestController
class SafetyCheckApiController {

	private final CrisisLanguage crisisLanguage;

	SafetyCheckApiController(CrisisLanguage crisisLanguage) {
		this.crisisLanguage = crisisLanguage;
	}

	@PostMapping("/api/v1/safety/check")
	SafetyCheckResponse check(@Valid @RequestBody SafetyCheckRequest request) {
		SafetyLevel level = this.crisisLanguage.level(request.text());
		return new SafetyCheckResponse(level.raised(), level.apiName());
	}

	record SafetyCheckRequest(@NotNull(message = "{validation.required}") @Size(max = 20000,
			message = "{validation.text.tooLong}") String text) {
	}

	/**
	 * What the detector noticed.
	 *
	 * @param concern whether anything was noticed, at either level
	 * @param level {@code none}, {@code concern} or {@code crisis}
	 */
	record SafetyCheckResponse(boolean concern, String level) {
	}

	@Bean
	static PublicRoutes safetyNetPublicRoutes() {
		return PublicRoutes.of("/api/v1/safety/check");
	}

}
