package org.firststep.home;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.asks.AskOutline;
import org.firststep.asks.AskService;
import org.firststep.asks.AsksAtAGlance;
import org.firststep.assessments.AssessmentService;
import org.firststep.people.PeopleService;
import org.firststep.platform.persistence.Glance;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.PublicRoutes;
import org.firststep.platform.web.NotFoundException;
import org.firststep.reminders.Reminders;
import org.firststep.supporters.OfferService;

/**
 * The start page: a welcome when signed out; signed in, the person's home with one tap
 * into an ask, what is waiting for them (gently), and a suggested next step. What it
 * shows from each module is read in one database round trip (a {@link Glance}); asks and
 * offers are opened only when there is one to show.
 */
@Controller
class HomeController {

	private final Glance glance;

	private final AccountService accounts;

	private final AskService asks;

	private final PeopleService people;

	private final AssessmentService assessments;

	private final OfferService offers;

	private final Reminders reminders;

	private final Clock clock;

	HomeController(Glance glance, AccountService accounts, AskService asks, PeopleService people,
			AssessmentService assessments, OfferService offers, Reminders reminders, Clock clock) {
		this.glance = glance;
		this.accounts = accounts;
		this.asks = asks;
		this.people = people;
		this.assessments = assessments;
		this.offers = offers;
		this.reminders = reminders;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = CurrentAccount.get();
		if (me.isEmpty()) {
			return "home/welcome";
		}
		Glance.Part<Account> accountPart = this.accounts.glance();
		Glance.Part<AsksAtAGlance> asksPart = this.asks.glance();
		Glance.Part<Boolean> assessmentPart = this.assessments.suggestedGlance();
		Glance.Part<Boolean> offersPart = this.offers.anyAcceptedOfferGlance();
		Glance.Part<Instant> pausePart = this.reminders.pausedUntilGlance();
		Glance.Seen seen = this.glance
			.read(me.get().id(), List.of(accountPart, asksPart, assessmentPart, offersPart, pausePart))
			.orElseThrow(NotFoundException::new);
		Account account = seen.get(accountPart);
		var due = this.asks.due(account.id(), account.timeZone(), seen.get(asksPart));
		Map<String, String> firstNames = this.people.firstNames(account.id(),
				due.stream().map(AskOutline::personId).filter(Objects::nonNull).collect(Collectors.toSet()));
		model.addAttribute("greetingName", account.greetingName());
		model.addAttribute("due",
				due.stream().map((ask) -> new DueAsk(ask.id(), firstNames.get(ask.personId()))).toList());
		model.addAttribute("nextSize", seen.get(asksPart).nextSize().apiName());
		model.addAttribute("assessmentSuggested", seen.get(assessmentPart));
		Instant pausedUntil = seen.get(pausePart);
		model.addAttribute("remindersPaused", pausedUntil != null && this.clock.instant().isBefore(pausedUntil));
		model.addAttribute("offers",
				seen.get(offersPart) ? this.offers.acceptedOffers(account.id())
					.stream()
					.map((offer) -> new HomeOffer(offer.from(), offer.what(), offer.when()))
					.toList() : List.of());
		return "home/index";
	}

	@Bean
	static PublicRoutes homePublicRoutes() {
		return PublicRoutes.of("/");
	}

}
