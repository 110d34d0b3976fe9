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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.firststep.platform.security.ClientAddress;
import org.firststep.platform.web.TooManyRequestsException;

/** The pages of starting afresh: asking for the link, and using it. */
@Controller
class FreshStartController {

	private final FreshStartService freshStarts;

	private final BrowserSignIn browser;

	FreshStartController(FreshStartService freshStarts, BrowserSignIn browser) {
		this.freshStarts = freshStarts;
		this.browser = browser;
	}

	@PostMapping("/reset")
	String sendLink(@RequestParam(name = "email", required = false) String email, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (email == null || email.isBlank()) {
			response.setStatus(400);
			model.addAttribute("recovery", Recovery.empty());
			model.addAttribute("resetProblem", "validation.email.required");
			return "accounts/recover";
		}
		try {
			this.freshStarts.sendLink(email, ClientAddress.of(request));
		}
		catch (TooManyRequestsException ex) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
			response.setStatus(429);
			model.addAttribute("recovery", Recovery.empty());
			model.addAttribute("resetProblem", "signIn.throttledPlain");
			return "accounts/recover";
		}
		return "accounts/reset-sent";
	}

	@GetMapping("/reset/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (this.freshStarts.accountOf(token).isEmpty()) {
			response.setStatus(404);
			return "accounts/reset-expired";
		}
		model.addAttribute("freshStart", FreshStart.empty());
		model.addAttribute("token", token);
		return "accounts/reset";
	}

	@PostMapping("/reset/{token}")
	String startAfresh(@PathVariable String token, @Valid @ModelAttribute("freshStart") FreshStart form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(400);
			model.addAttribute("token", token);
			return "accounts/reset";
		}
		var done = this.freshStarts.startAfresh(token, form.newPassword());
		if (done.isEmpty()) {
			response.setStatus(404);
			return "accounts/reset-expired";
		}
		this.browser.signIn(done.get().account(), done.get().key(), request, response);
		return SignUpController.showRecoveryCode(done.get().recoveryCode(), false, model, response);
	}

}
