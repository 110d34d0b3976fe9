package org.firststep.exchanges;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.Paged;
import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/** {@code /api/v1/exchanges} and its balance. */
@RestController
class ExchangeApiController {

	private final ExchangeService exchanges;

	private final CrisisLanguage crisisLanguage;

	ExchangeApiController(ExchangeService exchanges, CrisisLanguage crisisLanguage) {
		this.exchanges = exchanges;
		this.crisisLanguage = crisisLanguage;
	}

	@GetMapping("/api/v1/exchanges")
	Paged<ExchangeResponse> list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		return Paged.read(limit, cursor, (after, count) -> this.exchanges.page(me.id(), after, count), Exchange::id)
			.map((exchange) -> ExchangeResponse.of(exchange, null));
	}

	@PostMapping("/api/v1/exchanges")
	ResponseEntity<ExchangeResponse> add(@AuthenticationPrincipal CurrentAccount me,
			@Valid @RequestBody ExchangeRequest body) {
		Exchange exchange = this.exchanges.add(me.id(), body.direction(), body.personId(), body.what(), body.day());
		return ResponseEntity.created(URI.create("/api/v1/exchanges/" + exchange.id()))
			.body(ExchangeResponse.of(exchange, this.crisisLanguage.level(exchange.what())));
	}

	@DeleteMapping("/api/v1/exchanges/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.exchanges.remove(me.id(), id);
	}

	@GetMapping("/api/v1/exchanges/balance")
	BalanceResponse balance(@AuthenticationPrincipal CurrentAccount me) {
		ExchangeService.Balance balance = this.exchanges.balance(me.id());
		return new BalanceResponse(balance.given(), balance.received(), balance.byPerson());
	}

	/**
	 * An act of help.
	 *
	 * @param safetyConcern on a save, whether the safety net noticed anything in the
	 * words (true at both levels)
	 * @param safetyLevel on a save, {@code none}, {@code concern} (a strong risk signal
	 * such as feeling a burden) or {@code crisis} (words of self-harm or suicide)
	 */
	record ExchangeResponse(String id, String direction, String personId, String what, LocalDate date,
			@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Boolean safetyConcern,
			@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String safetyLevel) {

		/** The act of help; with a level on a save, null on reads. */
		static ExchangeResponse of(Exchange exchange, SafetyLevel safety) {
			return new ExchangeResponse(exchange.id(), exchange.direction(), exchange.personId(), exchange.what(),
					exchange.day(), (safety != null) ? safety.raised() : null,
					(safety != null) ? safety.apiName() : null);
		}

	}

	/**
	 * The balance.
	 *
	 * @param given acts of help given
	 * @param received acts of help received
	 * @param byPerson with each person
	 */
	record BalanceResponse(long given, long received, List<ExchangeService.PersonBalance> byPerson) {
	}

}
