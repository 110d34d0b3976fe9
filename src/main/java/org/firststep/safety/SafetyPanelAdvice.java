package org.firststep.safety;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.safetynet.SafetyNet;

/**
 * Puts the safety panel on the page that follows a save the safety net was concerned
 * about. The panel closes with "I'm safe right now", which is simply the same page again.
 */
@ControllerAdvice(annotations = Controller.class)
class SafetyPanelAdvice {

	private final CrisisLines lines;

	private final CrisisCountry country;

	private final SafetyPlanService plans;

	SafetyPanelAdvice(CrisisLines lines, CrisisCountry country, SafetyPlanService plans) {
		this.lines = lines;
		this.country = country;
		this.plans = plans;
	}

	@ModelAttribute
	void safetyPanel(Model model, HttpServletRequest request) {
		if (!Boolean.TRUE.equals(model.getAttribute(SafetyNet.CONCERN))) {
			return;
		}
		CurrentAccount.get()
			.ifPresent((me) -> model.addAttribute("safetyPanel", new SafetyPanel(
					this.lines.forCountry(this.country.choose(null, request)).orElse(null), this.plans.view(me.id()))));
	}

}
