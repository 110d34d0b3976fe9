package org.firststep.accounts;

import java.util.Optional;

import org.springframework.stereotype.Service;

import org.firststep.platform.security.SignInThrottle;
import org.firststep.platform.web.TooManyRequestsException;
import org.firststep.privacy.RecoveryCode;

/**
 * Sign-in attempts, by password or recovery code, under the throttle: too many failures
 * for one address or from one client and further attempts wait, right or wrong.
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
	Optional<AccountService.Unlocked> signIn(String email, String password, String clientAddress) {
		checkThrottle(email, clientAddress);
		var unlocked = this.accounts.checkCredentials(email, password);
		record(unlocked.isPresent(), email, clientAddress);
		return unlocked;
	}

	/**
	 * @throws TooManyRequestsException when the caller must wait first
	 */
	Optional<AccountService.Recovered> recover(String email, RecoveryCode code, String newPassword,
			String clientAddress) {
		checkThrottle(email, clientAddress);
		var recovered = this.accounts.recover(email, code, newPassword);
		record(recovered.isPresent(), email, clientAddress);
		return recovered;
	}

	private void checkThrottle(String email, String clientAddress) {
		this.throttle.retryAfter(email, clientAddress).ifPresent((wait) -> {
			throw new TooManyRequestsException(wait);
		});
	}

	private void record(boolean success, String email, String clientAddress) {
		if (success) {
			this.throttle.recordSuccess(email);
		}
		else {
			this.throttle.recordFailure(email, clientAddress);
		}
	}

}
