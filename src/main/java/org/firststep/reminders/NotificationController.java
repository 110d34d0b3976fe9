package org.firststep.reminders;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.firststep.accounts.AccountService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.Paged;
import org.firststep.platform.web.ReturnPaths;

/**
 * {@code /notifications}: the in-app list, newest first, to read and clear. Opening one
 * marks it read and goes where it leads.
 */
@Controller
class NotificationController {

	private static final int PAGE = 30;

	private final NotificationRepository notifications;

	private final ReminderChoices choices;

	private final AccountService accounts;

	private final Clock clock;

	NotificationController(NotificationRepository notifications, ReminderChoices choices, AccountService accounts,
			Clock clock) {
		this.notifications = notifications;
		this.choices = choices;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "cursor", required = false) String cursor, Model model) {
		model.addAttribute("notifications", Paged.read(PAGE, cursor,
				(after, count) -> this.notifications.page(me.id(), after, count), Notification::id));
		model.addAttribute("zone", this.accounts.get(me.id()).timeZone());
		model.addAttribute("pausedUntil", this.choices.get(me.id()).pausedUntil());
		model.addAttribute("now", this.clock.instant());
		return "reminders/notifications";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		Notification notification = this.notifications.find(me.id(), id).orElseThrow(NotFoundException::new);
		this.notifications.markRead(me.id(), id, this.clock.instant());
		return "redirect:" + ReturnPaths.safe(notification.link());
	}

	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal CurrentAccount me) {
		this.notifications.markAllRead(me.id(), this.clock.instant());
		return "redirect:/notifications?cleared";
	}

}
