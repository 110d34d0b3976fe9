package org.firststep.reminders;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.firststep.platform.security.PublicRoutes;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;

/**
 * The unsubscribe link of every reminder e-mail, which works without signing in: the key
 * in it belongs to one person and can only switch their reminders off. A mail program
 * that offers "unsubscribe" POSTs to {@link #ONE_CLICK} (RFC 8058); the link in the text
 * opens a page with one button, so that a program that merely fetches links (a virus
 * scanner) switches nothing off.
 */
@Controller
class UnsubscribeController {

	static final String ONE_CLICK = "/api/v1/reminders/unsubscribe";

	private final ReminderSettingsRepository settings;

	private final ReminderChoices choices;

	UnsubscribeController(ReminderSettingsRepository settings, ReminderChoices choices) {
		this.settings = settings;
		this.choices = choices;
	}

	@GetMapping("/unsubscribe")
	String page(@RequestParam(name = "key", required = false) String key,
			@RequestParam(name = "kind", required = false) String kind, Model model, HttpServletResponse response) {
		Optional<Setting> setting = Setting.of(kind);
		if (setting.isEmpty() || key == null || this.settings.accountOfUnsubscribeKey(key).isEmpty()) {
			response.setStatus(404);
			return "reminders/unsubscribe-unknown";
		}
		model.addAttribute("key", key);
		model.addAttribute("setting", setting.get());
		return "reminders/unsubscribe";
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(name = "key", required = false) String key,
			@RequestParam(name = "kind", required = false) String kind, Model model, HttpServletResponse response) {
		Optional<Setting> setting = Setting.of(kind);
		Optional<String> account = (key != null) ? this.settings.accountOfUnsubscribeKey(key) : Optional.empty();
		if (setting.isEmpty() || account.isEmpty()) {
			response.setStatus(404);
			return "reminders/unsubscribe-unknown";
		}
		this.choices.switchOff(account.get(), setting.get());
		model.addAttribute("setting", setting.get());
		return "reminders/unsubscribed";
	}

	/** RFC 8058's one-click POST, with {@code List-Unsubscribe=One-Click} in its body. */
	@PostMapping(ONE_CLICK)
	@ResponseBody
	@ResponseStatus(HttpStatus.OK)
	UnsubscribeResponse oneClick(@RequestParam(name = "key", required = false) String key,
			@RequestParam(name = "kind", required = false) String kind) {
		Setting setting = Setting.of(kind)
			.orElseThrow(() -> new InvalidInputException(new FieldMessage("kind", "reminders.unsubscribe.kind")));
		String account = Optional.ofNullable(key)
			.flatMap(this.settings::accountOfUnsubscribeKey)
			.orElseThrow(NotFoundException::new);
		this.choices.switchOff(account, setting);
		return new UnsubscribeResponse(setting.apiName(), false);
	}

	@Bean
	static PublicRoutes unsubscribePublicRoutes() {
		return PublicRoutes.of("/unsubscribe", ONE_CLICK);
	}

	/**
	 * What the one-click POST switched.
	 *
	 * @param kind the setting's name
	 * @param on now false
	 */
	record UnsubscribeResponse(String kind, boolean on) {
	}

}
