package org.firststep.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.BrowserCountry;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.privacy.RecoveryCode;

/**
 * The sign-up page, and what follows it: the recovery code shown once, or the note that a
 * link is on its way.
 */
@Controller
class SignUpController {

	private final AccountService accounts;

	private final BrowserSignIn browser;

	private final MessageSource messages;

	SignUpController(AccountService accounts, BrowserSignIn browser, MessageSource messages) {
		this.accounts = accounts;
		this.browser = browser;
		this.messages = messages;
	}

	@GetMapping("/sign-up")
	String form(Model model) {
		if (CurrentAccount.get().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("signUp", SignUp.empty());
		return "accounts/sign-up";
	}

	@PostMapping("/sign-up")
	String signUp(@Valid @ModelAttribute("signUp") SignUp form, BindingResult result, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				return switch (this.accounts.signUp(form, locale, BrowserCountry.of(request))) {
					case AccountService.SignedUp created -> {
						this.browser.signIn(created.account(), created.key(), request, response);
						yield showRecoveryCode(created.recoveryCode(), true, model, response);
					}
					case AccountService.ConfirmationSent sent -> {
						model.addAttribute("email", sent.email());
						yield "accounts/sign-up-sent";
					}
				};
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		return "accounts/sign-up";
	}

	/**
	 * The recovery code is rendered in the response to the request that made it, never
	 * stored for a redirect: it must not sit in a session in the database.
	 */
	static String showRecoveryCode(RecoveryCode code, boolean newAccount, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("recoveryCode", code.display());
		model.addAttribute("newAccount", newAccount);
		return "accounts/recovery-code";
	}

	/**
	 * Gives the code back as a file to keep; the browser sends it, the server stores
	 * nothing.
	 */
	@PostMapping("/recovery-code.txt")
	ResponseEntity<String> download(@RequestParam("code") String code, Locale locale) {
		String display = RecoveryCode.parse(code).display();
		String text = this.messages.getMessage("recovery.file", new Object[] { display }, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"firststep-recovery-code.txt\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(text);
	}

}
