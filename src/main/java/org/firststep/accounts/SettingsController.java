package org.firststep.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.privacy.DataKeys;

/**
 * The settings page: profile, password, API tokens and deleting the account. Each form
 * posts on its own and comes back to the same page; a form with mistakes comes back with
 * what was typed and what to fix.
 */
@Controller
class SettingsController {

	private final AccountService accounts;

	private final ApiTokenService tokens;

	private final ProfileChoices choices;

	private final BrowserSignIn browser;

	private final LocaleResolver locales;

	private final DataKeys dataKeys;

	private final HostAdmins hostAdmins;

	SettingsController(AccountService accounts, ApiTokenService tokens, ProfileChoices choices, BrowserSignIn browser,
			LocaleResolver locales, DataKeys dataKeys, HostAdmins hostAdmins) {
		this.dataKeys = dataKeys;
		this.hostAdmins = hostAdmins;
		this.accounts = accounts;
		this.tokens = tokens;
		this.choices = choices;
		this.browser = browser;
		this.locales = locales;
	}

	@GetMapping("/settings")
	String settings(@AuthenticationPrincipal CurrentAccount me, Model model, Locale locale) {
		return page(me, model, locale);
	}

	@PostMapping("/settings/profile")
	String profile(@AuthenticationPrincipal CurrentAccount me, @Valid @ModelAttribute("profile") ProfileChange form,
			BindingResult result, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return page(me, model, locale);
		}
		Account account = this.accounts.updateProfile(me.id(), form);
		this.locales.setLocale(request, response, account.locale());
		return "redirect:/settings?saved#profile";
	}

	@PostMapping("/settings/password")
	String password(@AuthenticationPrincipal CurrentAccount me,
			@Valid @ModelAttribute("passwordChange") PasswordChange form, BindingResult result, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				HttpSession session = request.getSession(false);
				this.accounts.changePassword(me.id(), form, (session != null) ? session.getId() : null);
				return "redirect:/settings?passwordChanged#password";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		return page(me, model, locale);
	}

	@PostMapping("/settings/tokens")
	String createToken(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "name", required = false) String name, Model model, Locale locale,
			HttpServletResponse response) {
		String label = (name == null) ? null : name.strip();
		if (label != null && label.length() > 80) {
			label = label.substring(0, 80);
		}
		var issued = this.tokens.issue(me.id(), label, this.dataKeys.inThisRequest(me.id()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("newToken", issued.token());
		return page(me, model, locale);
	}

	@PostMapping("/settings/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.tokens.revoke(me.id(), id);
		return "redirect:/settings?tokenRevoked#tokens";
	}

	@PostMapping("/settings/delete")
	String delete(@AuthenticationPrincipal CurrentAccount me,
			@Valid @ModelAttribute("deletion") PasswordConfirmation form, BindingResult result, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.accounts.delete(me.id(), form.password());
				this.browser.signOut(request, response);
				return "redirect:/?deleted";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		return page(me, model, locale);
	}

	private String page(CurrentAccount me, Model model, Locale locale) {
		Account account = this.accounts.get(me.id());
		model.addAttribute("account", account);
		if (!model.containsAttribute("profile")) {
			model.addAttribute("profile", new ProfileChange(account.displayName(), account.locale().getLanguage(),
					account.timeZone().getId(), account.country()));
		}
		if (!model.containsAttribute("passwordChange")) {
			model.addAttribute("passwordChange", new PasswordChange(null, null));
		}
		if (!model.containsAttribute("deletion")) {
			model.addAttribute("deletion", new PasswordConfirmation(null));
		}
		model.addAttribute("tokens", this.tokens.list(me.id()));
		model.addAttribute("languages", ProfileChoices.LANGUAGES);
		model.addAttribute("timeZones", this.choices.timeZones());
		model.addAttribute("countries", this.choices.countries(locale));
		model.addAttribute("hostAdmin", this.hostAdmins.isAdmin(account));
		return "accounts/settings";
	}

}
