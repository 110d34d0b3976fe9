package org.firststep.checkins;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.firststep.people.Need;
import org.firststep.people.PeopleService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.safetynet.SafetyNet;

/**
 * The check-in pages: the mood in one tap from home, then, only if the person wants, the
 * rest of the day's check-in; and the list of earlier days.
 */
@Controller
class CheckinController {

	private final CheckinService checkins;

	private final PeopleService people;

	private final SafetyNet safetyNet;

	CheckinController(CheckinService checkins, PeopleService people, SafetyNet safetyNet) {
		this.checkins = checkins;
		this.people = people;
		this.safetyNet = safetyNet;
	}

	/** One tap from home: today's mood; what else was noted today stays. */
	@PostMapping("/checkins/mood")
	String mood(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "mood", required = false) String mood) {
		int value;
		try {
			value = Integer.parseInt((mood != null) ? mood : "");
		}
		catch (NumberFormatException ex) {
			return "redirect:/checkins/today";
		}
		if (value < 0 || value > 10) {
			return "redirect:/checkins/today";
		}
		var today = this.checkins.onDay(me.id(), this.checkins.today(me.id()));
		this.checkins.record(me.id(), new CheckinInput(null, value, today.map(Checkin::energy).orElse(null),
				today.map(Checkin::sleepHours).orElse(null),
				today.map(Checkin::signs).orElse(EnumSet.noneOf(Sign.class)), today.map(Checkin::note).orElse(null)));
		return "redirect:/checkins/today?saved";
	}

	@GetMapping("/checkins/today")
	String today(@AuthenticationPrincipal CurrentAccount me, Model model) {
		var today = this.checkins.onDay(me.id(), this.checkins.today(me.id()));
		model.addAttribute("checkin",
				today.map(CheckinRequest::of).orElse(new CheckinRequest(null, null, null, null, List.of(), null)));
		return page(me, today.orElse(null), model);
	}

	@PostMapping("/checkins/today")
	String save(@AuthenticationPrincipal CurrentAccount me, @Valid @ModelAttribute("checkin") CheckinRequest form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes next) {
		if (!result.hasErrors()) {
			try {
				this.checkins.record(me.id(), form.input());
				this.safetyNet.afterSave(next, form.note());
				return "redirect:/checkins?saved";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		return page(me, this.checkins.onDay(me.id(), this.checkins.today(me.id())).orElse(null), model);
	}

	@GetMapping("/checkins")
	String history(@AuthenticationPrincipal CurrentAccount me, Model model) {
		model.addAttribute("checkins", this.checkins.lastDays(me.id(), 60));
		return "checkins/index";
	}

	private String page(CurrentAccount me, Checkin today, Model model) {
		model.addAttribute("today", today);
		if (today != null && today.isVeryLow()) {
			model.addAttribute("safest",
					this.people.safestFor(me.id(), Need.LISTENING)
						.map((person) -> new PersonToAsk(person.id(), person.firstName()))
						.orElse(null));
		}
		return "checkins/today";
	}

}
