package org.firststep.thoughts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.firststep.asks.AskService;
import org.firststep.people.PeopleService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.SafetyNet;

/** The thought record pages and the belief library. */
@Controller
class ThoughtController {

	/** Records on one page. */
	static final int PAGE = 20;

	private final ThoughtService thoughts;

	private final BeliefLibrary beliefs;

	private final AskService asks;

	private final PeopleService people;

	private final SafetyNet safetyNet;

	ThoughtController(ThoughtService thoughts, BeliefLibrary beliefs, AskService asks, PeopleService people,
			SafetyNet safetyNet) {
		this.thoughts = thoughts;
		this.beliefs = beliefs;
		this.asks = asks;
		this.people = people;
		this.safetyNet = safetyNet;
	}

	@GetMapping("/thoughts")
	String list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "cursor", required = false) String cursor, Model model) {
		Paged<ThoughtRecord> page = Paged.read(PAGE, cursor,
				(after, count) -> this.thoughts.page(me.id(), after, count), ThoughtRecord::id);
		model.addAttribute("records", page.items());
		model.addAttribute("next", page.nextLink("/thoughts"));
		return "thoughts/index";
	}

	/** One tap from an ask that feels too hard: a record about that ask. */
	@GetMapping("/thoughts/new")
	String addForm(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "ask", required = false) String askId, Model model) {
		String ask = this.asks.find(me.id(), askId).map((found) -> found.id()).orElse(null);
		model.addAttribute("thought", ThoughtForm.empty(ask));
		return form(me, null, ask, model);
	}

	@PostMapping("/thoughts")
	String add(@AuthenticationPrincipal CurrentAccount me, @Valid @ModelAttribute("thought") ThoughtForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes next) {
		if (!result.hasErrors()) {
			try {
				ThoughtRecord record = this.thoughts.add(me.id(), form.record());
				this.safetyNet.afterSave(next, record.texts());
				return "redirect:/thoughts/" + record.id() + "?saved";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		return form(me, null, form.askId(), model);
	}

	@GetMapping("/thoughts/{id}")
	String edit(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id, Model model) {
		ThoughtRecord record = this.thoughts.get(me.id(), id);
		model.addAttribute("thought", ThoughtForm.of(record));
		return form(me, id, record.askId(), model);
	}

	@PostMapping("/thoughts/{id}")
	String change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Valid @ModelAttribute("thought") ThoughtForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes next) {
		this.thoughts.get(me.id(), id);
		if (!result.hasErrors()) {
			try {
				ThoughtRecord record = this.thoughts.change(me.id(), id, form.record());
				this.safetyNet.afterSave(next, record.texts());
				return "redirect:/thoughts/" + id + "?saved";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		return form(me, id, form.askId(), model);
	}

	@PostMapping("/thoughts/{id}/delete")
	String remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.thoughts.remove(me.id(), id);
		return "redirect:/thoughts?deleted";
	}

	@GetMapping("/beliefs")
	String beliefs(Model model, Locale locale) {
		model.addAttribute("beliefs", this.beliefs.all(locale));
		return "thoughts/beliefs";
	}

	private String form(CurrentAccount me, String id, String askId, Model model) {
		model.addAttribute("recordId", id);
		model.addAttribute("askPerson",
				this.asks.find(me.id(), askId)
					.flatMap((ask) -> this.people.find(me.id(), ask.personId()))
					.map((person) -> person.firstName())
					.orElse(null));
		return "thoughts/form";
	}

}
