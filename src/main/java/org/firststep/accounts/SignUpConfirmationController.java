package org.firststep.accounts;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page the sign-up link opens. Opening it changes nothing, so a mail scanner that
 * follows links confirms nobody; its one button does, and leads to sign-in.
 */
@Controller
class SignUpConfirmationController {

	private final SignUpConfirmations confirmations;

	SignUpConfirmationController(SignUpConfirmations confirmations) {
		this.confirmations = confirmations;
	}

	@GetMapping("/confirm/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (this.confirmations.accountOf(token).isEmpty()) {
			response.setStatus(404);
			return "accounts/confirm-expired";
		}
		model.addAttribute("token", token);
		return "accounts/confirm";
	}

	@PostMapping("/confirm/{token}")
	String confirm(@PathVariable String token, HttpServletResponse response) {
		if (!this.confirmations.confirm(token)) {
			response.setStatus(404);
			return "accounts/confirm-expired";
		}
		return "redirect:/sign-in?confirmed";
	}

}
