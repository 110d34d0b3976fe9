package org.firststep.platform.security;

import java.util.Optional;

/**
 * Turns an API token into the account it belongs to. The accounts feature implements it;
 * the security filter chain only knows this interface.
 */
public interface BearerTokenAuthenticator {

	/**
	 * @param token the token as the client sent it
	 * @return the account, when the token is known and has not expired or been revoked
	 */
	Optional<CurrentAccount> authenticate(String token);

}
