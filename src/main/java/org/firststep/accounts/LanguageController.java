package org.firststep.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.Languages;
import org.firststep.platform.web.ReturnPaths;

/**
 * The language switch on every page. Works signed out (a cookie) and, signed in, also
 * saves the choice in the profile. Goes back to the page it came from.
 */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	private final AccountService accounts;

	LanguageController(LocaleResolver locales, AccountService accounts) {
		this.locales = locales;
		this.accounts = accounts;
	}

	@PostMapping("/language")
	String switchLanguage(@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "return", required = false) String returnPath, HttpServletRequest request,
			HttpServletResponse response) {
		Languages.byTag(lang).ifPresent((locale) -> {
			this.locales.setLocale(request, response, locale);
			CurrentAccount.get()
				.ifPresent((account) -> this.accounts.updateProfile(account.id(),
						new ProfileChange(null, locale.getLanguage(), null, null)));
		});
		return "redirect:" + ReturnPaths.safe(returnPath);
	}

}
