package org.firststep.accounts;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.SignInOrigin;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.BrowserCountry;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.NotFoundException;
import org.firststep.privacy.RecoveryCode;

/**
 * Accounts in the JSON API: sign up and its confirmation, the profile, the password,
 * recovery and deletion.
 */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

	private final AccountService accounts;

	private final SignInService signIns;

	private final BrowserSignIn browser;

	private final SignUpConfirmations confirmations;

	private final MessageSource messages;

	AccountApiController(AccountService accounts, SignInService signIns, BrowserSignIn browser,
			SignUpConfirmations confirmations, MessageSource messages) {
		this.accounts = accounts;
		this.signIns = signIns;
		this.browser = browser;
		this.confirmations = confirmations;
		this.messages = messages;
	}

	/**
	 * Makes the account at once (201, with its recovery code), or, where sign-up waits
	 * for confirmation, answers 202 with the same body whether or not the address has an
	 * account.
	 */
	@PostMapping("/accounts")
	ResponseEntity<?> signUp(@Valid @RequestBody SignUp body, Locale locale, HttpServletRequest request) {
		return switch (this.accounts.signUp(body, locale, BrowserCountry.of(request))) {
			case AccountService.SignedUp created -> ResponseEntity.created(URI.create("/api/v1/me"))
				.body(new NewAccountResponse(AccountResponse.of(created.account()), created.recoveryCode().display()));
			case AccountService.ConfirmationSent sent -> ResponseEntity.accepted()
				.body(new ConfirmationSentResponse(sent.email(),
						this.messages.getMessage("signUp.sent.summary", null, locale)));
		};
	}

	/**
	 * Confirms a sign-up with the token at the end of its link, as the link's page does.
	 */
	@PostMapping("/accounts/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void confirm(@Valid @RequestBody ConfirmationToken body) {
		if (!this.confirmations.confirm(body.token())) {
			throw new NotFoundException();
		}
	}

	@GetMapping("/me")
	AccountResponse me(@AuthenticationPrincipal CurrentAccount me) {
		return AccountResponse.of(this.accounts.get(me.id()));
	}

	@PatchMapping("/me")
	AccountResponse update(@AuthenticationPrincipal CurrentAccount me, @Valid @RequestBody ProfileChange body) {
		return AccountResponse.of(this.accounts.updateProfile(me.id(), body));
	}

	@DeleteMapping("/me")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal CurrentAccount me, @Valid @RequestBody PasswordConfirmation body,
			HttpServletRequest request, HttpServletResponse response) {
		this.accounts.delete(me.id(), body.password());
		if (request.getSession(false) != null) {
			this.browser.signOut(request, response);
		}
	}

	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@AuthenticationPrincipal CurrentAccount me, @Valid @RequestBody PasswordChange body,
			HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		this.accounts.changePassword(me.id(), body, (session != null) ? session.getId() : null);
	}

	@PostMapping("/auth/recover")
	RecoveredResponse recover(@Valid @RequestBody Recovery body, HttpServletRequest request) {
		var recovered = this.signIns
			.recover(body.email(), RecoveryCode.parse(body.recoveryCode()), body.newPassword(),
					SignInOrigin.of(request))
			.orElseThrow(() -> new InvalidInputException(new FieldMessage("recoveryCode", "recover.failed")));
		return new RecoveredResponse(recovered.nextRecoveryCode().display());
	}

	/**
	 * A new account, with the recovery code shown this once.
	 *
	 * @param account the account
	 * @param recoveryCode keep it somewhere safe
	 */
	record NewAccountResponse(AccountResponse account, String recoveryCode) {
	}

	/**
	 * A sign-up waiting for its address to be confirmed: a link is on its way, or, if the
	 * address has an account, a note to its owner. The answer does not say which.
	 *
	 * @param email the address the mail went to
	 * @param message what to tell the person, in their language
	 */
	record ConfirmationSentResponse(String email, String message) {
	}

	/**
	 * After a recovery: the new code that replaces the used one.
	 *
	 * @param recoveryCode keep it somewhere safe
	 */
	record RecoveredResponse(String recoveryCode) {
	}

}
