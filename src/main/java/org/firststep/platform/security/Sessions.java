package org.firststep.platform.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The signed-in sessions of an account, across every instance. */
@Component
public class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
		this.repository = repository;
	}

	/**
	 * Ends every session of the account except the one given (which may be null).
	 */
	public void endAll(String accountId, String keepSessionId) {
		this.repository.findByPrincipalName(accountId)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keepSessionId))
			.forEach(this.repository::deleteById);
	}

}
