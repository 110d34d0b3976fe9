package org.firststep.reminders;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;

/**
 * {@code /api/v1/reminders/settings}: read and replace the person's reminder settings.
 */
@RestController
class ReminderSettingsApiController {

	private final ReminderChoices choices;

	ReminderSettingsApiController(ReminderChoices choices) {
		this.choices = choices;
	}

	@GetMapping("/api/v1/reminders/settings")
	ReminderSettingsRequest get(@AuthenticationPrincipal CurrentAccount me) {
		return ReminderSettingsRequest.of(this.choices.get(me.id()));
	}

	@PutMapping("/api/v1/reminders/settings")
	ReminderSettingsRequest put(@AuthenticationPrincipal CurrentAccount me,
			@Valid @RequestBody ReminderSettingsRequest body) {
		return ReminderSettingsRequest.of(this.choices.save(me.id(), body.settings()));
	}

}
