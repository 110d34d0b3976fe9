package org.firststep.platform.security;

import java.io.Serializable;
import java.util.Optional;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in account, as the security context carries it. Only the id: everything else
 * is read fresh, so a changed profile never goes stale in a session.
 *
 * @param id the account's id
 */
public record CurrentAccount(String id) implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return this.id;
	}

	/** The account signed in for the current request, if any. */
	public static Optional<CurrentAccount> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount account) {
			return Optional.of(account);
		}
		return Optional.empty();
	}

}
