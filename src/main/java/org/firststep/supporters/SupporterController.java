package org.firststep.supporters;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.annotation.Bean;
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

import org.firststep.accounts.AccountService;
import org.firststep.people.PeopleService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.PublicRoutes;
import org.firststep.platform.web.FormErrors;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.safety.PlanStep;

/**
 * The supporter pages: the person's own (status, invitations, supporters and their
 * scopes, offers), the invitation a supporter opens, and the supporter's side (the people
 * they support, asks to answer, offers, the shared plan, their check-in day).
 */
@Controller
class SupporterController {

	private final SupporterService supporters;

	private final InvitationService invitations;

	private final OfferService offers;

	private final SupportingService supporting;

	private final InvitationAcceptance acceptance;

	private final StatusService statuses;

	private final PeopleService people;

	private final AccountService accounts;

	SupporterController(SupporterService supporters, InvitationService invitations, OfferService offers,
			SupportingService supporting, InvitationAcceptance acceptance, StatusService statuses, PeopleService people,
			AccountService accounts) {
		this.accounts = accounts;
		this.supporters = supporters;
		this.invitations = invitations;
		this.offers = offers;
		this.supporting = supporting;
		this.acceptance = acceptance;
		this.statuses = statuses;
		this.people = people;
	}

	@GetMapping("/supporters")
	String page(@AuthenticationPrincipal CurrentAccount me, Model model) {
		model.addAttribute("status", this.statuses.current(me.id()).orElse(PersonStatus.OK).apiName());
		model.addAttribute("supporters", this.supporters.supporters(me.id()));
		model.addAttribute("invitations",
				this.invitations.openInvitations(me.id())
					.stream()
					.map((invitation) -> new InvitationSummary(invitation.id(), Scope.text(invitation.scopes())))
					.toList());
		model.addAttribute("offers", this.offers.offers(me.id()));
		model.addAttribute("network",
				this.people.everyonesNames(me.id())
					.entrySet()
					.stream()
					.map((name) -> new PersonChoice(name.getKey(), name.getValue()))
					.toList());
		return "supporters/index";
	}

	/** The status buttons cannot send a wrong word: one that comes anyway answers 400. */
	@PostMapping("/status")
	String status(@AuthenticationPrincipal CurrentAccount me, @Valid StatusRequest form,
			@RequestParam(name = "return", defaultValue = "/supporters") String back) {
		this.statuses.set(me.id(), PersonStatus.of(form.status()));
		return "redirect:" + org.firststep.platform.web.ReturnPaths.safe(back) + (back.contains("?") ? "&" : "?")
				+ "status";
	}

	@PostMapping("/supporters/invitations")
	String invite(@AuthenticationPrincipal CurrentAccount me,
			@Valid @ModelAttribute("invitation") InvitationRequest form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes next) {
		if (!result.hasErrors()) {
			try {
				InvitationService.Created created = this.invitations.invite(me.id(), Scope.of(form.scopes()),
						blankToNull(form.personId()), blankToNull(form.email()));
				next.addFlashAttribute("newLink", created.link());
				return "redirect:/supporters?created#invite";
			}
			catch (InvalidInputException ex) {
				FormErrors.add(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(me, model);
	}

	@PostMapping("/supporters/invitations/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.invitations.revokeInvitation(me.id(), id);
		return "redirect:/supporters?revoked";
	}

	/** The scope boxes cannot send a wrong word: one that comes anyway answers 400. */
	@PostMapping("/supporters/{id}")
	String scopes(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id, @Valid ScopesRequest form) {
		this.supporters.changeScopes(me.id(), id, Scope.of(form.scopes()));
		return "redirect:/supporters?saved";
	}

	@PostMapping("/supporters/{id}/person")
	String addToPeople(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.supporters.addToPeople(me.id(), id);
		return "redirect:/supporters?added";
	}

	@PostMapping("/supporters/{id}/remove")
	String remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.supporters.remove(me.id(), id);
		return "redirect:/supporters?removed";
	}

	@PostMapping("/offers/{id}/accept")
	String acceptOffer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.offers.answerOffer(me.id(), id, true);
		return "redirect:/supporters#offers";
	}

	@PostMapping("/offers/{id}/decline")
	String declineOffer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.offers.answerOffer(me.id(), id, false);
		return "redirect:/supporters#offers";
	}

	/** The link a supporter opens: who invites them, and how to accept. */
	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("inviter", this.acceptance.inviter(token).orElse(null));
		return "supporters/invitation";
	}

	/** The same, behind sign-in, so that signing in comes back here. */
	@GetMapping("/invitations/{token}/accept")
	String invitationSignedIn(@PathVariable String token, Model model) {
		return invitation(token, model);
	}

	@PostMapping("/invitations/{token}/accept")
	String accept(@AuthenticationPrincipal CurrentAccount me, @PathVariable String token) {
		return "redirect:/supporting/" + this.acceptance.accept(token, me.id());
	}

	@GetMapping("/supporting")
	String supporting(@AuthenticationPrincipal CurrentAccount me, Model model) {
		model.addAttribute("overview", this.supporting.overview(me.id()));
		return "supporters/supporting";
	}

	@GetMapping("/supporting/{linkId}")
	String supported(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId, Model model) {
		SupportingService.Supported supported = this.supporting.get(me.id(), linkId);
		model.addAttribute("supported", supported);
		model.addAttribute("status", supported.scopes().contains("status")
				? this.supporting.status(me.id(), linkId).map(PersonStatus::apiName).orElse(null) : null);
		model.addAttribute("asks",
				supported.scopes().contains("asks") ? this.supporting.asks(me.id(), linkId) : List.of());
		model.addAttribute("offers",
				supported.scopes().contains("offers") ? this.supporting.offers(me.id(), linkId) : List.of());
		model.addAttribute("plan", supported.scopes().contains("safetyPlan")
				? this.supporting.safetyPlan(me.id(), linkId).map(SupporterController::steps).orElse(null) : null);
		model.addAttribute("checkInToday", this.supporting.isCheckInDay(me.id(), supported.checkinDay()));
		model.addAttribute("partnerPlans", partnerPlans(me, linkId));
		return "supporters/supported";
	}

	@PostMapping("/supporting/{linkId}/asks/{askId}/answer")
	String answer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId, @PathVariable String askId,
			@Valid @ModelAttribute("answer") AnswerRequest form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("answerAskId", askId);
			return supported(me, linkId, model);
		}
		this.supporting.answer(me.id(), linkId, askId, SupporterAnswer.of(form.answer()), form.message());
		return "redirect:/supporting/" + linkId + "?answered#asks";
	}

	@PostMapping("/supporting/{linkId}/offers")
	String offer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId,
			@Valid @ModelAttribute("offer") OfferRequest form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return supported(me, linkId, model);
		}
		this.supporting.offer(me.id(), linkId, form.what(), form.when(), blankToNull(form.note()));
		return "redirect:/supporting/" + linkId + "?offered#offers";
	}

	@PostMapping("/supporting/{linkId}/checked-in")
	String checkedIn(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId) {
		this.supporting.checkedIn(me.id(), linkId);
		return "redirect:/supporting/" + linkId + "?checkedIn#checked-in";
	}

	/** The plans held, with each send-by in the supporter's own time and language. */
	private List<HeldPlan> partnerPlans(CurrentAccount me, String linkId) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter
			.ofLocalizedDateTime(java.time.format.FormatStyle.FULL, java.time.format.FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.accounts.get(me.id()).timeZone());
		return this.supporting.partnerPlans(me.id(), linkId)
			.stream()
			.map((plan) -> new HeldPlan((plan.sendBy() != null) ? format.format(plan.sendBy()) : null, plan.message()))
			.toList();
	}

	/** The day list cannot send another day: one that comes anyway answers 400. */
	@PostMapping("/supporting/{linkId}/checkin")
	String checkinDay(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId,
			@RequestParam(name = "day", required = false) @Min(value = 1, message = "{supporting.checkin.day}") @Max(
					value = 7, message = "{supporting.checkin.day}") Integer day) {
		this.supporting.setCheckinDay(me.id(), linkId, (day != null) ? DayOfWeek.of(day) : null);
		return "redirect:/supporting/" + linkId + "?saved";
	}

	@Bean
	static PublicRoutes invitationPublicRoutes() {
		return PublicRoutes.of("/invitations/*");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** The steps of a shared plan that hold something, in the order the plan is read. */
	private static List<SharedPlanStep> steps(Map<String, Object> plan) {
		return Stream.of(PlanStep.values())
			.map((step) -> (plan.get(step.apiName()) instanceof List<?> lines)
					? new SharedPlanStep(step.apiName(), lines.stream().map(String::valueOf).toList()) : null)
			.filter((step) -> step != null && !step.lines().isEmpty())
			.toList();
	}

}
