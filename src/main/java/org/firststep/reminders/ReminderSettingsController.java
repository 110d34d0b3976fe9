package org.firststep.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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

import org.firststep.accounts.AccountService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.FieldMessage;

/**
 * {@code /settings/reminders}: each kind on or off with one line on what it is, the daily
 * check-in's time, e-mail, quiet hours, and the pause.
 */
@Controller
class ReminderSettingsController {

	private final ReminderChoices choices;

	private final AccountService accounts;

	private final CalendarFeeds calendar;

	private final Clock clock;

	ReminderSettingsController(ReminderChoices choices, AccountService accounts, CalendarFeeds calendar, Clock clock) {
		this.choices = choices;
		this.calendar = calendar;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/settings/reminders")
	String page(@AuthenticationPrincipal CurrentAccount me, Model model) {
		ReminderSettings settings = this.choices.get(me.id());
		model.addAttribute("reminders", ReminderForm.of(settings));
		return page(me, settings, model);
	}

	@PostMapping("/settings/reminders")
	String save(@AuthenticationPrincipal CurrentAccount me, @Valid @ModelAttribute("reminders") ReminderForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		ReminderSettings current = this.choices.get(me.id());
		if (result.hasErrors()) {
			response.setStatus(400);
			return page(me, current, model);
		}
		this.choices.save(me.id(), form.settings(current.pausedUntil()));
		return "redirect:/settings/reminders?saved";
	}

	/** Pauses everything for a day or a week, until turned back on, or resumes. */
	@PostMapping("/settings/reminders/pause")
	String pause(@AuthenticationPrincipal CurrentAccount me, @RequestParam(name = "for") String length) {
		Instant now = this.clock.instant();
		Instant until = switch (length) {
			case "day" -> now.plus(Duration.ofDays(1));
			case "week" -> now.plus(Duration.ofDays(7));
			case "forever" -> ReminderSettings.FOREVER;
			case "off" -> null;
			default -> throw new InvalidInputException(new FieldMessage("for", "reminders.pause.choice"));
		};
		this.choices.pause(me.id(), until);
		return "redirect:/settings/reminders?" + ((until == null) ? "resumed" : "paused") + "#pause";
	}

	/** A calendar feed address, new each time: the one before stops working. */
	@PostMapping("/settings/reminders/calendar")
	String calendar(@AuthenticationPrincipal CurrentAccount me) {
		this.calendar.rotate(me.id());
		return "redirect:/settings/reminders?calendar#calendar";
	}

	@PostMapping("/settings/reminders/calendar/off")
	String calendarOff(@AuthenticationPrincipal CurrentAccount me) {
		this.calendar.turnOff(me.id());
		return "redirect:/settings/reminders?calendarOff#calendar";
	}

	private String page(CurrentAccount me, ReminderSettings settings, Model model) {
		model.addAttribute("calendarUrl", this.calendar.url(me.id()).orElse(null));
		model.addAttribute("settings", settings);
		model.addAttribute("zone", this.accounts.get(me.id()).timeZone());
		model.addAttribute("now", this.clock.instant());
		return "reminders/settings";
	}

}
