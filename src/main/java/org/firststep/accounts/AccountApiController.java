package org.firststep.accounts;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

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
import org.firststep.privacy.RecoveryCode;

/**
 * Accounts in the JSON API: sign up, the profile, the password, recovery and deletion.
 */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

	private final AccountService accounts;

	private final SignInService signIns;

	private final BrowserSignIn browser;

	AccountApiController(AccountService accounts, SignInService signIns, BrowserSignIn browser) {
		this.accounts = accounts;
		this.signIns = signIns;
		this.browser = browser;
	}

	@PostMapping("/accounts")
	ResponseEntity<NewAccountResponse> signUp(@Valid @RequestBody SignUp body, Locale locale,
			HttpServletRequest request) {
		var created = this.accounts.signUp(body, locale, BrowserCountry.of(request));
		return ResponseEntity.created(URI.create("/api/v1/me"))
			.body(new NewAccountResponse(AccountResponse.of(created.account()), created.recoveryCode().display()));
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
	 * After a recovery: the new code that replaces the used one.
	 *
	 * @param recoveryCode keep it somewhere safe
	 */
	record RecoveredResponse(String recoveryCode) {
	}

}
