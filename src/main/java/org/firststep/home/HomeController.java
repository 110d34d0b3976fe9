package org.firststep.home;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.firststep.accounts.AccountService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.PublicRoutes;

/** The start page: a welcome when signed out, the person's home when signed in. */
@Controller
class HomeController {

	private final AccountService accounts;

	HomeController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = CurrentAccount.get();
		if (me.isEmpty()) {
			return "home/welcome";
		}
		model.addAttribute("account", this.accounts.get(me.get().id()));
		return "home/index";
	}

	@Bean
	static PublicRoutes homePublicRoutes() {
		return PublicRoutes.of("/");
	}

}
