package org.firststep.exchanges;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.firststep.asks.Ask;
import org.firststep.asks.AskService;
import org.firststep.people.PeopleService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.SafetyNet;

/**
 * The give-and-take page: note help given and received, see the balance by person and by
 * month; and, one tap after an ask got a yes, the help received noted with a gentle
 * prompt for something to give back some day.
 */
@Controller
class ExchangeController {

	static final int PAGE = 20;

	private final ExchangeService exchanges;

	private final PeopleService people;

	private final AskService asks;

	private final SafetyNet safetyNet;

	private final MessageSource messages;

	ExchangeController(ExchangeService exchanges, PeopleService people, AskService asks, SafetyNet safetyNet,
			MessageSource messages) {
		this.exchanges = exchanges;
		this.people = people;
		this.asks = asks;
		this.safetyNet = safetyNet;
		this.messages = messages;
	}

	@GetMapping("/give-and-take")
	String page(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "person", required = false) String personId,
			@RequestParam(name = "direction", defaultValue = "given") String direction,
			@RequestParam(name = "cursor", required = false) String cursor, Model model) {
		String person = this.people.find(me.id(), personId).map((found) -> found.id()).orElse(null);
		model.addAttribute("exchange",
				new ExchangeRequest("received".equals(direction) ? "received" : "given", person, null, null));
		model.addAttribute("giveBack", (person != null && model.containsAttribute("fromAsk")));
		return page(me, cursor, model);
	}

	@PostMapping("/give-and-take")
	String add(@AuthenticationPrincipal CurrentAccount me, @Valid @ModelAttribute("exchange") ExchangeRequest form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes next) {
		if (!result.hasErrors()) {
			try {
				Exchange exchange = this.exchanges.add(me.id(), form.direction(), form.personId(), form.what(),
						form.day());
				this.safetyNet.afterSave(next, exchange.what());
				return "redirect:/give-and-take?saved";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		model.addAttribute("giveBack", false);
		return page(me, null, model);
	}

	/**
	 * One tap after a yes: the help is noted as received, and the page asks, gently, what
	 * could go back.
	 */
	@PostMapping("/give-and-take/from-ask/{askId}")
	String fromAsk(@AuthenticationPrincipal CurrentAccount me, @PathVariable String askId, Locale locale,
			RedirectAttributes next) {
		Ask ask = this.asks.get(me.id(), askId);
		if (ask.outcome() == null || !ask.outcome().wentWell() || ask.personId() == null) {
			throw new NotFoundException();
		}
		this.exchanges.add(me.id(), Exchange.RECEIVED, ask.personId(),
				this.messages.getMessage("exchanges.helpedWith." + ask.need().apiName(), null, locale), null);
		next.addFlashAttribute("fromAsk", Boolean.TRUE);
		return "redirect:/give-and-take?person=" + ask.personId() + "&direction=given#give-back";
	}

	@PostMapping("/give-and-take/{id}/delete")
	String remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.exchanges.remove(me.id(), id);
		return "redirect:/give-and-take?removed";
	}

	/** The form, the balance, and one page of entries, newest first. */
	private String page(CurrentAccount me, String cursor, Model model) {
		model.addAttribute("network",
				this.people.everyonesNames(me.id())
					.entrySet()
					.stream()
					.map((name) -> new PersonChoice(name.getKey(), name.getValue()))
					.toList());
		Paged<Exchange> entries = Paged.read(PAGE, cursor, (after, count) -> this.exchanges.page(me.id(), after, count),
				Exchange::id);
		model.addAttribute("entries", entries.items());
		model.addAttribute("next", entries.nextLink("/give-and-take"));
		model.addAttribute("balance", this.exchanges.balance(me.id()));
		return "exchanges/index";
	}

}
