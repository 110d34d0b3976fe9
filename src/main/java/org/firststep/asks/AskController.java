package org.firststep.asks;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.people.Choices;
import org.firststep.people.Need;
import org.firststep.people.PeopleService;
import org.firststep.people.Person;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.safetynet.SafetyLevel;
import org.firststep.safetynet.SafetyNet;

/**
 * The ask pages: the builder (need, person, size, then the words), an ask with its ways
 * to send and its outcome, the list of asks with the gap, and the ladder.
 */
@Controller
class AskController {

	private final AskService asks;

	private final PeopleService people;

	private final AccountService accounts;

	private final AskTemplates templates;

	private final ClarityCheck clarity;

	private final MessageSource messages;

	private final SafetyNet safetyNet;

	private final org.springframework.beans.factory.ObjectProvider<SupporterAnswers> supporterAnswers;

	private final Clock clock;

	AskController(AskService asks, PeopleService people, AccountService accounts, AskTemplates templates,
			ClarityCheck clarity, MessageSource messages, SafetyNet safetyNet,
			org.springframework.beans.factory.ObjectProvider<SupporterAnswers> supporterAnswers, Clock clock) {
		this.safetyNet = safetyNet;
		this.clock = clock;
		this.supporterAnswers = supporterAnswers;
		this.asks = asks;
		this.people = people;
		this.accounts = accounts;
		this.templates = templates;
		this.clarity = clarity;
		this.messages = messages;
	}

	@GetMapping("/asks")
	String list(@AuthenticationPrincipal CurrentAccount me, Model model, Locale locale) {
		List<AskOutline> all = this.asks.outlines(me.id());
		model.addAttribute("open", all.stream().filter(AskOutline::isOpen).toList());
		model.addAttribute("sent", all.stream().filter((ask) -> ask.status() == AskStatus.SENT).toList());
		model.addAttribute("answered", all.stream().filter((ask) -> ask.status() == AskStatus.ANSWERED).toList());
		model.addAttribute("names", Names.of(this.people, me.id(), all, AskOutline::personId));
		RejectionGap gap = RejectionGap.of(all);
		model.addAttribute("gap", gap);
		model.addAttribute("gapSentence", GapSentence.of(gap, this.messages, locale));
		return "asks/index";
	}

	/** The builder: each choice is one tap, and the words come last. */
	@GetMapping("/asks/new")
	String builder(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "need", required = false) String need,
			@RequestParam(name = "person", required = false) String personId,
			@RequestParam(name = "size", required = false) String size,
			@RequestParam(name = "template", defaultValue = "0") int template, Model model, Locale locale) {
		var chosenNeed = Need.of(need);
		if (chosenNeed.isEmpty()) {
			return "asks/choose-need";
		}
		model.addAttribute("need", AskNeed.of(chosenNeed.get()));
		var person = this.people.find(me.id(), personId);
		if (person.isEmpty()) {
			Choices choices = this.people.choicesFor(me.id(), chosenNeed.get());
			model.addAttribute("suggestions", choices.suggested().stream().map(AskPerson::of).toList());
			model.addAttribute("others", choices.others().stream().map(AskPerson::of).toList());
			return "asks/choose-person";
		}
		model.addAttribute("person", AskPerson.of(person.get()));
		var chosenSize = Size.of(size);
		if (chosenSize.isEmpty()) {
			model.addAttribute("suggestedSize", this.asks.suggestedSize(me.id()));
			return "asks/choose-size";
		}
		List<String> options = this.templates.templates(chosenNeed.get(), chosenSize.get(), locale)
			.stream()
			.map((text) -> this.templates.fill(text, person.get().firstName()))
			.toList();
		String message = options.isEmpty() ? "" : options.get(Math.floorMod(template, options.size()));
		AskForm form = new AskForm(person.get().id(), chosenNeed.get().apiName(), chosenSize.get().apiName(), message,
				defaultChannel(person.get()), null, null, null, null, null, null, null);
		model.addAttribute("ask", form);
		model.addAttribute("templates", options);
		return editor(me, model, null, form);
	}

	@PostMapping("/asks")
	String create(@AuthenticationPrincipal CurrentAccount me, @Valid @ModelAttribute("ask") AskForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes next) {
		Account account = this.accounts.get(me.id());
		if (!result.hasErrors()) {
			try {
				Ask ask = this.asks.create(me.id(), form.input(account.timeZone()));
				this.safetyNet.afterSave(next, ask.message());
				return "redirect:/asks/" + ask.id() + "?saved";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		model.addAttribute("templates", List.of());
		return editor(me, model, null, form);
	}

	@GetMapping("/asks/{id}")
	String show(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id, Model model, Locale locale) {
		Ask ask = this.asks.get(me.id(), id);
		Account account = this.accounts.get(me.id());
		var person = this.people.find(me.id(), ask.personId());
		model.addAttribute("askRecord", ask);
		model.addAttribute("person", person.map(AskPerson::of).orElse(null));
		model.addAttribute("links", person
			.map((who) -> SendLinks.of(who, ask.message(), this.messages.getMessage("asks.mailSubject", null, locale)))
			.orElse(List.of()));
		model.addAttribute("missing", ask.isOpen() ? this.clarity.check(ask.message()).missing() : List.of());
		model.addAttribute("sendBy",
				(ask.sendBy() != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(account.timeZone())
					.format(ask.sendBy()) : null);
		var partner = this.people.find(me.id(), ask.accountabilityPersonId());
		model.addAttribute("partner", partner.map(AskPerson::of).orElse(null));
		model.addAttribute("partnerLinks",
				partner.map((who) -> SendLinks.of(who,
						accountabilityMessage(ask, person.orElse(null), account.timeZone(), locale),
						this.messages.getMessage("asks.mailSubject", null, locale)))
					.orElse(List.of()));
		model.addAttribute("partnerMessage", partner.isPresent()
				? accountabilityMessage(ask, person.orElse(null), account.timeZone(), locale) : null);
		model.addAttribute("supporterAnswer",
				(ask.outcome() != null) ? this.supporterAnswers.stream()
					.map((answers) -> answers.answerTo(me.id(), id))
					.flatMap(java.util.Optional::stream)
					.findFirst()
					.orElse(null) : null);
		if (!model.containsAttribute("outcome")) {
			model.addAttribute("outcome", (model.getAttribute("supporterAnswer") != null)
					? new OutcomeRequest(ask.outcome().apiName(), null, null) : OutcomeRequest.empty());
		}
		boolean followingUp = ask.outcome() == null && ask.status() != AskStatus.CANCELLED && ask.sendBy() != null
				&& ask.sendBy().isBefore(this.clock.instant());
		model.addAttribute("followingUp", followingUp);
		if (followingUp || ask.outcome() != null && !ask.outcome().wentWell()) {
			model.addAttribute("backup", this.asks.backupFor(me.id(), ask).map(AskPerson::of).orElse(null));
		}
		model.addAttribute("noteAfterAnswer", model.getAttribute(SafetyNet.NOTE) != null);
		return "asks/show";
	}

	@GetMapping("/asks/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id, Model model) {
		Ask ask = this.asks.get(me.id(), id);
		AskForm form = AskForm.of(ask, this.accounts.get(me.id()).timeZone());
		model.addAttribute("ask", form);
		model.addAttribute("templates", List.of());
		return editor(me, model, id, form);
	}

	@PostMapping("/asks/{id}")
	String change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Valid @ModelAttribute("ask") AskForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes next) {
		this.asks.get(me.id(), id);
		if (!result.hasErrors()) {
			try {
				Ask ask = this.asks.change(me.id(), id, form.input(this.accounts.get(me.id()).timeZone()));
				this.safetyNet.afterSave(next, ask.message());
				return "redirect:/asks/" + id + "?saved";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(400);
		model.addAttribute("templates", List.of());
		return editor(me, model, id, form);
	}

	@PostMapping("/asks/{id}/sent")
	String sent(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.asks.markSent(me.id(), id);
		return "redirect:/asks/" + id + "?sent#outcome";
	}

	@PostMapping("/asks/{id}/outcome")
	String outcome(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Valid @ModelAttribute("outcome") OutcomeRequest form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes next) {
		if (result.hasErrors()) {
			response.setStatus(400);
			return show(me, id, model, locale);
		}
		this.asks.recordOutcome(me.id(), id, Outcome.of(form.outcome()).orElseThrow(), form.feelingAfter(),
				form.note());
		// With the safety panel at the top, the page opens there rather than at the
		// result; the smaller note sits in the result, so the page still opens there.
		return (this.safetyNet.afterSave(next, form.note()) == SafetyLevel.CRISIS)
				? "redirect:/asks/" + id + "?answered" : "redirect:/asks/" + id + "?answered#result";
	}

	@PostMapping("/asks/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.asks.cancel(me.id(), id);
		return "redirect:/asks?notNow";
	}

	@PostMapping("/asks/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.asks.remove(me.id(), id);
		return "redirect:/asks?removed";
	}

	/** The clarity advice as a page fragment, for the live check while writing. */
	@PostMapping("/asks/clarity")
	String clarity(@RequestParam(name = "message", required = false) String message, Model model) {
		model.addAttribute("missing", this.clarity.check(message).missing());
		return "asks/_clarity";
	}

	@GetMapping("/asks/ladder")
	String ladder(@AuthenticationPrincipal CurrentAccount me, Model model) {
		Ladder<AskRung> ladder = this.asks.rungs(me.id());
		model.addAttribute("ladder", ladder);
		model.addAttribute("names", Names.of(this.people, me.id(), ladder.rungs(), AskRung::personId));
		return "asks/ladder";
	}

	/**
	 * The editor page. The form comes as the handler received it: when a value could not
	 * be bound (a number field holding "abc") the model holds only the binding result,
	 * which the page shows with what was typed.
	 */
	private String editor(CurrentAccount me, Model model, String askId, AskForm form) {
		Person person = this.people.find(me.id(), form.personId()).orElseThrow(NotFoundException::new);
		model.addAttribute("person", AskPerson.of(person));
		model.addAttribute("everyone", this.people.list(me.id()).stream().map(AskPerson::of).toList());
		model.addAttribute("askId", askId);
		model.addAttribute("missing", this.clarity.check(form.message()).missing());
		model.addAttribute("betterSpoken", Size.of(form.size()).map(Size::isBetterSpoken).orElse(false));
		return "asks/edit";
	}

	private String accountabilityMessage(Ask ask, Person asked, ZoneId zone, Locale locale) {
		String name = (asked != null) ? asked.firstName() : this.messages.getMessage("asks.someone", null, locale);
		if (ask.sendBy() == null) {
			return this.messages.getMessage("asks.partner.message", new Object[] { name }, locale);
		}
		String day = DateTimeFormatter.ofPattern("EEEE", locale).withZone(zone).format(ask.sendBy());
		return this.messages.getMessage("asks.partner.messageBy", new Object[] { name, day }, locale);
	}

	private static String defaultChannel(Person person) {
		if (person.channel("sms").isPresent() || person.channel("phone").isPresent()) {
			return "sms";
		}
		return person.channel("email").isPresent() ? "email" : null;
	}

}
