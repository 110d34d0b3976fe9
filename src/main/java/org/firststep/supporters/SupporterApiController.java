package org.firststep.supporters;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.NotFoundException;

/**
 * The supporters API: the person's invitations, supporters, status and the offers made to
 * them; and the supporter's view of the people they support.
 */
@RestController
class SupporterApiController {

	private final SupporterService supporters;

	private final InvitationService invitations;

	private final OfferService offers;

	private final SupportingService supporting;

	private final InvitationAcceptance acceptance;

	private final StatusService statuses;

	SupporterApiController(SupporterService supporters, InvitationService invitations, OfferService offers,
			SupportingService supporting, InvitationAcceptance acceptance, StatusService statuses) {
		this.supporters = supporters;
		this.invitations = invitations;
		this.offers = offers;
		this.supporting = supporting;
		this.acceptance = acceptance;
		this.statuses = statuses;
	}

	@PostMapping("/api/v1/invitations")
	ResponseEntity<InvitationResponse> invite(@AuthenticationPrincipal CurrentAccount me,
			@Valid @RequestBody InvitationRequest body) {
		InvitationService.Created created = this.invitations.invite(me.id(), Scope.of(body.scopes()), body.personId(),
				body.email());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new InvitationResponse(created.id(), created.link(), created.expiresAt()));
	}

	@DeleteMapping("/api/v1/invitations/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.invitations.revokeInvitation(me.id(), id);
	}

	@PostMapping("/api/v1/invitations/{token}/accept")
	ResponseEntity<Map<String, String>> accept(@AuthenticationPrincipal CurrentAccount me, @PathVariable String token) {
		String linkId = this.acceptance.accept(token, me.id());
		return ResponseEntity.created(URI.create("/api/v1/supporting/" + linkId)).body(Map.of("linkId", linkId));
	}

	@GetMapping("/api/v1/supporters")
	List<SupporterResponse> supporters(@AuthenticationPrincipal CurrentAccount me) {
		return this.supporters.supporters(me.id()).stream().map(SupporterResponse::of).toList();
	}

	@PatchMapping("/api/v1/supporters/{id}")
	SupporterResponse change(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id,
			@Valid @RequestBody ScopesRequest body) {
		return SupporterResponse.of(this.supporters.changeScopes(me.id(), id, Scope.of(body.scopes())));
	}

	@PostMapping("/api/v1/supporters/{id}/person")
	SupporterResponse addToPeople(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		return SupporterResponse.of(this.supporters.addToPeople(me.id(), id));
	}

	@DeleteMapping("/api/v1/supporters/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.supporters.remove(me.id(), id);
	}

	@GetMapping("/api/v1/status")
	Map<String, String> status(@AuthenticationPrincipal CurrentAccount me) {
		return Map.of("status", this.statuses.current(me.id()).orElse(PersonStatus.OK).apiName());
	}

	@PutMapping("/api/v1/status")
	Map<String, String> setStatus(@AuthenticationPrincipal CurrentAccount me, @Valid @RequestBody StatusRequest body) {
		this.statuses.set(me.id(), PersonStatus.of(body.status()));
		return Map.of("status", body.status());
	}

	@GetMapping("/api/v1/offers")
	List<OfferView> offers(@AuthenticationPrincipal CurrentAccount me) {
		return this.offers.offers(me.id());
	}

	@PostMapping("/api/v1/offers/{id}/accept")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void acceptOffer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.offers.answerOffer(me.id(), id, true);
	}

	@PostMapping("/api/v1/offers/{id}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void declineOffer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.offers.answerOffer(me.id(), id, false);
	}

	@GetMapping("/api/v1/supporting")
	List<SupportingService.Supported> supporting(@AuthenticationPrincipal CurrentAccount me) {
		return this.supporting.supporting(me.id());
	}

	@GetMapping("/api/v1/supporting/{linkId}/status")
	Map<String, String> supportedStatus(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId) {
		return Map.of("status", this.supporting.status(me.id(), linkId).orElse(PersonStatus.OK).apiName());
	}

	@GetMapping("/api/v1/supporting/{linkId}/asks")
	List<SupportingService.SharedAsk> asks(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId) {
		return this.supporting.asks(me.id(), linkId);
	}

	@PostMapping("/api/v1/supporting/{linkId}/asks/{askId}/answer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void answer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId, @PathVariable String askId,
			@Valid @RequestBody AnswerRequest body) {
		this.supporting.answer(me.id(), linkId, askId, SupporterAnswer.of(body.answer()), body.message());
	}

	@GetMapping("/api/v1/supporting/{linkId}/offers")
	List<OfferView> supporterOffers(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId) {
		return this.supporting.offers(me.id(), linkId);
	}

	@PostMapping("/api/v1/supporting/{linkId}/offers")
	ResponseEntity<OfferView> offer(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId,
			@Valid @RequestBody OfferRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.supporting.offer(me.id(), linkId, body.what(), body.when(), body.note()));
	}

	@GetMapping("/api/v1/supporting/{linkId}/partner-plans")
	List<SupportingService.PartnerPlan> partnerPlans(@AuthenticationPrincipal CurrentAccount me,
			@PathVariable String linkId) {
		return this.supporting.partnerPlans(me.id(), linkId);
	}

	@PostMapping("/api/v1/supporting/{linkId}/checked-in")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void checkedIn(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId) {
		this.supporting.checkedIn(me.id(), linkId);
	}

	@GetMapping("/api/v1/supporting/{linkId}/safety-plan")
	Map<String, Object> plan(@AuthenticationPrincipal CurrentAccount me, @PathVariable String linkId) {
		return this.supporting.safetyPlan(me.id(), linkId).orElseThrow(NotFoundException::new);
	}

	/**
	 * A new invitation.
	 *
	 * @param id its id, to revoke it
	 * @param link the link, ending with its token
	 * @param expiresAt when it stops working
	 */
	record InvitationResponse(String id, String link, Instant expiresAt) {
	}

	/**
	 * A supporter as the person sees them.
	 *
	 * @param id the link
	 * @param personId their network entry
	 * @param displayName their name
	 * @param scopes what they share
	 */
	record SupporterResponse(String id, String personId, String displayName, List<String> scopes) {

		static SupporterResponse of(SupporterService.Supporter supporter) {
			return new SupporterResponse(supporter.id(), supporter.personId(), supporter.displayName(),
					Scope.names(supporter.scopes()));
		}

	}

}
