package org.firststep.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import org.firststep.platform.security.SignInOrigin;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.TooManyRequestsException;

/**
 * The sign-in page. The first sign-in of an account whose sign-up was confirmed by e-mail
 * shows its recovery code.
 */
@Controller
class SignInController {

	private final SignInService signIns;

	private final BrowserSignIn browser;

	SignInController(SignInService signIns, BrowserSignIn browser) {
		this.signIns = signIns;
		this.browser = browser;
	}

	@GetMapping("/sign-in")
	String form(Model model) {
		if (CurrentAccount.get().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("credentials", Credentials.empty());
		return "accounts/sign-in";
	}

	@PostMapping("/sign-in")
	String signIn(@Valid @ModelAttribute("credentials") Credentials form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return "accounts/sign-in";
		}
		try {
			var unlocked = this.signIns.signIn(form.email(), form.password(), SignInOrigin.of(request));
			if (unlocked.isEmpty()) {
				result.reject("signIn.failed");
				response.setStatus(400);
				return "accounts/sign-in";
			}
			this.browser.signIn(unlocked.get().account(), unlocked.get().key(), request, response);
			if (unlocked.get().firstRecoveryCode() != null) {
				return SignUpController.showRecoveryCode(unlocked.get().firstRecoveryCode(), true, model, response);
			}
			return "redirect:" + this.browser.target(request, response);
		}
		catch (TooManyRequestsException ex) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			response.setStatus(429);
			result.reject("signIn.throttled", new Object[] { ex.retryAfterMinutes() }, null);
			return "accounts/sign-in";
		}
	}

}
