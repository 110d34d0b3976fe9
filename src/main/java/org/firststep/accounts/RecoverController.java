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
import org.firststep.platform.web.TooManyRequestsException;
import org.firststep.privacy.RecoveryCode;

/** "I forgot my password": sign in with the recovery code and choose a new password. */
@Controller
class RecoverController {

	private final SignInService signIns;

	private final BrowserSignIn browser;

	RecoverController(SignInService signIns, BrowserSignIn browser) {
		this.signIns = signIns;
		this.browser = browser;
	}

	@GetMapping("/recover")
	String form(Model model) {
		model.addAttribute("recovery", Recovery.empty());
		return "accounts/recover";
	}

	@PostMapping("/recover")
	String recover(@Valid @ModelAttribute("recovery") Recovery form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return "accounts/recover";
		}
		try {
			var recovered = this.signIns.recover(form.email(), RecoveryCode.parse(form.recoveryCode()),
					form.newPassword(), SignInOrigin.of(request));
			if (recovered.isEmpty()) {
				result.reject("recover.failed");
				response.setStatus(400);
				return "accounts/recover";
			}
			this.browser.signIn(recovered.get().account(), recovered.get().key(), request, response);
			return SignUpController.showRecoveryCode(recovered.get().nextRecoveryCode(), false, model, response);
		}
		catch (TooManyRequestsException ex) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			response.setStatus(429);
			result.reject("signIn.throttled", new Object[] { ex.retryAfterMinutes() }, null);
			return "accounts/recover";
		}
	}

}
