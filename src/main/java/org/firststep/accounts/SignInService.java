package org.firststep.accounts;

import java.util.Optional;

import org.springframework.stereotype.Service;

import org.firststep.platform.security.SignInOrigin;
import org.firststep.platform.security.SignInThrottle;
import org.firststep.platform.web.TooManyRequestsException;
import org.firststep.privacy.RecoveryCode;

/**
 * Sign-in attempts, by password or recovery code, under the throttle: too many failures
 * for one address or from one client and further attempts wait, right or wrong, except
 * from a browser that has signed in to the account before, which has a budget of its own.
 */
@Service
class SignInService {

	private final AccountService accounts;

	private final SignInThrottle throttle;

	SignInService(AccountService accounts, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	/**
	 * @throws TooManyRequestsException when the caller must wait first
	 */
	Optional<AccountService.Unlocked> signIn(String email, String password, SignInOrigin origin) {
		checkThrottle(email, origin);
		var unlocked = this.accounts.checkCredentials(email, password);
		record(unlocked.isPresent(), email, origin);
		return unlocked;
	}

	/**
	 * @throws TooManyRequestsException when the caller must wait first
	 */
	Optional<AccountService.Recovered> recover(String email, RecoveryCode code, String newPassword,
			SignInOrigin origin) {
		checkThrottle(email, origin);
		var recovered = this.accounts.recover(email, code, newPassword);
		record(recovered.isPresent(), email, origin);
		return recovered;
	}

	private void checkThrottle(String email, SignInOrigin origin) {
		this.throttle.retryAfter(email, origin).ifPresent((wait) -> {
			throw new TooManyRequestsException(wait);
		});
	}

	private void record(boolean success, String email, SignInOrigin origin) {
		if (success) {
			this.throttle.recordSuccess(email, origin);
		}
		else {
			this.throttle.recordFailure(email, origin);
		}
	}

}
