package org.firststep.people;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.safetynet.SafetyNet;

/**
 * The network pages: everyone grouped by need, and adding, changing or removing someone.
 */
@Controller
class PeopleController {

	private final PeopleService people;

	private final SafetyNet safetyNet;

	PeopleController(PeopleService people, SafetyNet safetyNet) {
		this.people = people;
		this.safetyNet = safetyNet;
	}

	@GetMapping("/people")
	String network(@AuthenticationPrincipal CurrentAccount me, Model model) {
		model.addAttribute("groups", this.people.byNeed(me.id()));
		model.addAttribute("everyone", this.people.list(me.id()));
		return "people/index";
	}

	@GetMapping("/people/new")
	String addForm(Model model) {
		model.addAttribute("person", PersonForm.empty());
		return "people/form";
	}

	@PostMapping("/people")
	String add(@AuthenticationPrincipal CurrentAccount me, @ModelAttribute("person") PersonForm form,
			BindingResult result, HttpServletResponse response, RedirectAttributes next) {
		if (!result.hasErrors()) {
			try {
				this.people.add(me.id(), this.people.check(form.request(), form::field));
				this.safetyNet.afterSave(next, form.name(), form.relation(), form.notes());
				return "redirect:/people?added";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		return "people/form";
	}

	@GetMapping("/people/{id}")
	String editForm(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id, Model model) {
		model.addAttribute("person", PersonForm.of(this.people.get(me.id(), id)));
		model.addAttribute("personId", id);
		return "people/form";
	}

	@PostMapping("/people/{id}")
	String change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@ModelAttribute("person") PersonForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes next) {
		this.people.get(me.id(), id);
		if (!result.hasErrors()) {
			try {
				this.people.change(me.id(), id, this.people.check(form.request(), form::field));
				this.safetyNet.afterSave(next, form.name(), form.relation(), form.notes());
				return "redirect:/people?saved";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		model.addAttribute("personId", id);
		return "people/form";
	}

	@PostMapping("/people/{id}/delete")
	String remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.people.remove(me.id(), id);
		return "redirect:/people?removed";
	}

}
