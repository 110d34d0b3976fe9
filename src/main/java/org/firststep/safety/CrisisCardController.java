package org.firststep.safety;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.PublicRoutes;

/**
 * The crisis card at {@code /help}: the emergency number and the crisis lines of the
 * person's country, one tap each, for everyone, signed in or not; for a signed-in person,
 * their own safety plan too.
 */
@Controller
class CrisisCardController {

	private final CrisisLines lines;

	private final CrisisCountry country;

	private final SafetyPlanService plans;

	CrisisCardController(CrisisLines lines, CrisisCountry country, SafetyPlanService plans) {
		this.lines = lines;
		this.country = country;
		this.plans = plans;
	}

	@GetMapping("/help")
	String card(@RequestParam(name = "country", required = false) String requested, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String chosen = this.country.choose(requested, request);
		model.addAttribute("country", chosen);
		model.addAttribute("countryName", (chosen != null) ? Locale.of("", chosen).getDisplayCountry(locale) : null);
		model.addAttribute("lines", this.lines.forCountry(chosen).orElse(null));
		model.addAttribute("choices", choices(locale));
		model.addAttribute("directories", this.lines.directories());
		CurrentAccount.get().ifPresent((me) -> {
			model.addAttribute("plan", this.plans.view(me.id()));
			// Tells the offline copy that it holds someone's plan, to forget at sign-out.
			response.setHeader("FirstStep-Personal", "1");
		});
		return "safety/help";
	}

	private Map<String, String> choices(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.lines.countries()
			.stream()
			.sorted(Comparator.comparing((String code) -> Locale.of("", code).getDisplayCountry(locale), collator))
			.collect(Collectors.toMap((code) -> code, (code) -> Locale.of("", code).getDisplayCountry(locale),
					(a, b) -> a, LinkedHashMap::new));
	}

	@Bean
	static PublicRoutes safetyPublicRoutes() {
		return PublicRoutes.of("/help", "/api/v1/crisis-lines");
	}

}
