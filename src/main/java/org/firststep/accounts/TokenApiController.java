package org.firststep.accounts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.SignInOrigin;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.UnauthorizedException;
import org.firststep.privacy.RecoveryCode;

/** API tokens: made with e-mail and password, listed and revoked. */
@RestController
@RequestMapping("/api/v1")
class TokenApiController {

	private final SignInService signIns;

	private final ApiTokenService tokens;

	TokenApiController(SignInService signIns, ApiTokenService tokens) {
		this.signIns = signIns;
		this.tokens = tokens;
	}

	@PostMapping("/auth/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse create(@Valid @RequestBody Credentials body, HttpServletRequest request) {
		var unlocked = this.signIns.signIn(body.email(), body.password(), SignInOrigin.of(request))
			.orElseThrow(() -> new UnauthorizedException("signIn.failed"));
		var issued = this.tokens.issue(unlocked.account().id(), body.name(), unlocked.key());
		RecoveryCode first = unlocked.firstRecoveryCode();
		return new TokenResponse(issued.id(), issued.token(), issued.expiresAt(),
				(first != null) ? first.display() : null);
	}

	@DeleteMapping("/auth/tokens/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeCurrent(@AuthenticationPrincipal CurrentAccount me, HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new NotFoundException();
		}
		String id = this.tokens.idOf(me.id(), header.substring(7).trim()).orElseThrow(NotFoundException::new);
		this.tokens.revoke(me.id(), id);
	}

	@GetMapping("/me/tokens")
	TokenList list(@AuthenticationPrincipal CurrentAccount me) {
		return new TokenList(this.tokens.list(me.id()), null);
	}

	@DeleteMapping("/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.tokens.revoke(me.id(), id);
	}

	/**
	 * A new token; the only time the token itself is shown.
	 *
	 * @param id its id, for revoking it later
	 * @param token send it as {@code Authorization: Bearer <token>}
	 * @param expiresAt when it stops working
	 * @param recoveryCode only at the first sign-in of an account whose sign-up was
	 * confirmed by e-mail: its recovery code, shown this once
	 */
	record TokenResponse(String id, String token, Instant expiresAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) String recoveryCode) {
	}

	/**
	 * The person's tokens.
	 *
	 * @param items newest first
	 * @param next always null: a person has few tokens
	 */
	record TokenList(List<ApiToken> items, String next) {
	}

}
