package org.firststep.assessments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.Paged;
import org.firststep.safety.CrisisCountry;
import org.firststep.safety.CrisisLines;

/**
 * The self-assessment pages: the three instruments with their exact words, on forms that
 * work without JavaScript, and results in plain words. When PHQ-9 item 9 is above "not at
 * all", the crisis lines and the safety plan come first, before the score.
 */
@Controller
class AssessmentController {

	/** Past results on one page. */
	static final int PAGE = 20;

	private final AssessmentService assessments;

	private final CrisisLines lines;

	private final CrisisCountry country;

	private final MessageSource messages;

	AssessmentController(AssessmentService assessments, CrisisLines lines, CrisisCountry country,
			MessageSource messages) {
		this.assessments = assessments;
		this.messages = messages;
		this.lines = lines;
		this.country = country;
	}

	@GetMapping("/assessments")
	String index(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "cursor", required = false) String cursor, Model model) {
		Paged<Assessment> page = Paged.read(PAGE, cursor,
				(after, count) -> this.assessments.page(me.id(), after, count), Assessment::id);
		model.addAttribute("taken", page.items());
		model.addAttribute("next", page.nextLink("/assessments"));
		model.addAttribute("suggested", this.assessments.suggested(me.id()));
		return "assessments/index";
	}

	@GetMapping("/assessments/{name}")
	String form(@PathVariable String name, Model model, Locale locale) {
		Instrument instrument = instrument(name);
		model.addAttribute("errors", Map.of());
		return form(instrument, new ArrayList<>(), null, false, model, locale);
	}

	@PostMapping("/assessments/{name}")
	String take(@AuthenticationPrincipal CurrentAccount me, @PathVariable String name,
			@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response) {
		Instrument instrument = instrument(name);
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < instrument.items(); i++) {
			answers.add(answer(form.get("item" + i)));
		}
		Integer difficulty = answer(form.get("difficulty"));
		try {
			Assessment taken = this.assessments.take(me.id(), new Answers(instrument, answers, difficulty));
			return "redirect:/assessments/results/" + taken.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("errors", messages(ex, locale));
			return form(instrument, answers, difficulty, answers.contains(null), model, locale);
		}
	}

	@GetMapping("/assessments/results/{id}")
	String result(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id, HttpServletRequest request,
			Model model) {
		Assessment assessment = this.assessments.get(me.id(), id);
		model.addAttribute("assessment", assessment);
		if (assessment.selfHarmFlag()) {
			model.addAttribute("lines",
					this.lines.forCountry(this.country.choose(null, request)).map(CrisisNumbers::of).orElse(null));
		}
		return "assessments/result";
	}

	/** Each field's message: {@code answers[0]}, {@code difficulty}. */
	private Map<String, String> messages(InvalidInputException ex, Locale locale) {
		Map<String, String> errors = new HashMap<>();
		ex.errors()
			.forEach((error) -> errors.putIfAbsent(error.field(),
					this.messages.getMessage(error.key(), error.args(), error.key(), locale)));
		return errors;
	}

	private String form(Instrument instrument, List<Integer> answers, Integer difficulty, boolean incomplete,
			Model model, Locale locale) {
		model.addAttribute("instrument", instrument);
		model.addAttribute("wording", Wording.of(instrument, locale));
		model.addAttribute("answers", answers);
		model.addAttribute("difficulty", difficulty);
		model.addAttribute("incomplete", incomplete);
		return "assessments/form";
	}

	private static Instrument instrument(String name) {
		return Instrument.of(name).orElseThrow(NotFoundException::new);
	}

	/** A number as typed, for {@link Answers} to check; anything else is no answer. */
	private static Integer answer(String text) {
		try {
			return (text != null) ? Integer.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
