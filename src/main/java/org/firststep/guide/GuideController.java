package org.firststep.guide;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.firststep.platform.security.PublicRoutes;

/** {@code /guide}: how to support someone well, for anyone, signed in or not. */
@Controller
class GuideController {

	/** The sections, in reading order; their words are under {@code guide.<id>.*}. */
	static final List<String> SECTIONS = List.of("present", "validate", "questions", "pace", "offers", "followUp",
			"yourself", "crisis");

	@GetMapping("/guide")
	String guide(Model model) {
		model.addAttribute("sections", SECTIONS);
		return "guide/index";
	}

	@Bean
	static PublicRoutes guidePublicRoutes() {
		return PublicRoutes.of("/guide");
	}

}
