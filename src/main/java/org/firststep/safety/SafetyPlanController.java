package org.firststep.safety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.firststep.people.PeopleService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.safetynet.SafetyNet;

/**
 * The safety plan page: every step on one form that works without JavaScript, filled at
 * the person's own pace, with people from the network and the crisis lines of their
 * country to tick.
 */
@Controller
class SafetyPlanController {

	private final SafetyPlanService plans;

	private final PeopleService people;

	private final CrisisLines lines;

	private final CrisisCountry country;

	private final SafetyNet safetyNet;

	SafetyPlanController(SafetyPlanService plans, PeopleService people, CrisisLines lines, CrisisCountry country,
			SafetyNet safetyNet) {
		this.plans = plans;
		this.people = people;
		this.lines = lines;
		this.country = country;
		this.safetyNet = safetyNet;
	}

	@GetMapping("/safety-plan")
	String plan(@AuthenticationPrincipal CurrentAccount me, HttpServletRequest request, Model model) {
		Map<String, CrisisLine> crisisLines = crisisLines(request);
		model.addAttribute("plan",
				PlanForm.of(this.plans.get(me.id()), crisisLines.keySet(), this.plans.sharedWith(me.id())));
		return page(me, crisisLines, model);
	}

	@PostMapping("/safety-plan")
	String save(@AuthenticationPrincipal CurrentAccount me, @Valid @ModelAttribute("plan") PlanForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes next) {
		if (!result.hasErrors()) {
			try {
				this.plans.save(me.id(), form.steps());
				this.plans.shareWith(me.id(), (form.sharedWith() != null) ? form.sharedWith() : List.of());
				this.safetyNet.afterSave(next, form.texts());
				return "redirect:/safety-plan?saved";
			}
			catch (InvalidInputException ex) {
				for (FieldMessage error : ex.errors()) {
					result.rejectValue(formField(error.field()), error.key(), error.args(), error.key());
				}
			}
		}
		response.setStatus(400);
		return page(me, crisisLines(request), model);
	}

	private String page(CurrentAccount me, Map<String, CrisisLine> crisisLines, Model model) {
		model.addAttribute("network",
				this.people.everyonesNames(me.id())
					.entrySet()
					.stream()
					.map((name) -> new PersonChoice(name.getKey(), name.getValue()))
					.toList());
		model.addAttribute("crisisLines", crisisLines);
		return "safety/plan";
	}

	/** The crisis lines of the person's country, by the label a ticked one gets. */
	private Map<String, CrisisLine> crisisLines(HttpServletRequest request) {
		Map<String, CrisisLine> byLabel = new LinkedHashMap<>();
		this.lines.forCountry(this.country.choose(null, request))
			.ifPresent((found) -> found.lines().forEach((line) -> byLabel.put(label(line), line)));
		return byLabel;
	}

	static String label(CrisisLine line) {
		String number = (line.phone() != null) ? line.phone() : line.sms();
		return (number != null) ? line.name() + " · " + number : line.name();
	}

	/**
	 * A service error's field, such as {@code peopleToAsk[2].personId}, as the form names
	 * it.
	 */
	private static String formField(String field) {
		int bracket = field.indexOf('[');
		String step = (bracket < 0) ? field : field.substring(0, bracket);
		if (field.endsWith(".personId")) {
			return step.equals("sharedWith") ? step : step + "People";
		}
		return step;
	}

}
