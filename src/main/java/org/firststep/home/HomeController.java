package org.firststep.home;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.asks.AskService;
import org.firststep.assessments.AssessmentService;
import org.firststep.supporters.SupporterService;
import org.firststep.people.PeopleService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.PublicRoutes;

/**
 * The start page: a welcome when signed out; signed in, the person's home with one tap
 * into an ask, what is waiting for them (gently), and a suggested next step.
 */
@Controller
class HomeController {

	private final AccountService accounts;

	private final AskService asks;

	private final PeopleService people;

	private final AssessmentService assessments;

	private final SupporterService supporters;

	HomeController(AccountService accounts, AskService asks, PeopleService people, AssessmentService assessments,
			SupporterService supporters) {
		this.accounts = accounts;
		this.supporters = supporters;
		this.assessments = assessments;
		this.asks = asks;
		this.people = people;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = CurrentAccount.get();
		if (me.isEmpty()) {
			return "home/welcome";
		}
		Account account = this.accounts.get(me.get().id());
		model.addAttribute("account", account);
		var due = this.asks.due(account.id(), account.timeZone());
		model.addAttribute("due", due);
		model.addAttribute("names", due.isEmpty() ? List.of() : this.people.list(account.id()));
		model.addAttribute("nextSize", this.asks.suggestedNextSize(account.id()));
		model.addAttribute("assessmentSuggested", this.assessments.suggested(account.id()));
		model.addAttribute("offers",
				this.supporters.offers(account.id())
					.stream()
					.filter((offer) -> "accepted".equals(offer.state()))
					.toList());
		return "home/index";
	}

	@Bean
	static PublicRoutes homePublicRoutes() {
		return PublicRoutes.of("/");
	}

}
