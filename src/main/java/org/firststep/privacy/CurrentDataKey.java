package org.firststep.privacy;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import org.firststep.platform.web.SignInAgainException;

/**
 * The data key unlocked for the current request, kept as a request attribute: in memory,
 * for one request, never in the session or the database.
 */
final class CurrentDataKey {

	private static final String ATTRIBUTE = CurrentDataKey.class.getName();

	private CurrentDataKey() {
	}

	/**
	 * A key with the account it belongs to.
	 *
	 * @param accountId whose key it is
	 * @param key the key
	 */
	record Unlocked(String accountId, DataKey key) {
	}

	static void set(HttpServletRequest request, String accountId, DataKey key) {
		request.setAttribute(ATTRIBUTE, new Unlocked(accountId, key));
	}

	static Optional<Unlocked> get(HttpServletRequest request) {
		return Optional.ofNullable((Unlocked) request.getAttribute(ATTRIBUTE));
	}

	/** The key of that account, or an error that asks the person to sign in again. */
	static DataKey require(String accountId) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object value = (attributes != null) ? attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
				: null;
		if (value instanceof Unlocked unlocked && unlocked.accountId().equals(accountId)) {
			return unlocked.key();
		}
		throw new SignInAgainException();
	}

	/** Unlocks for the request being served, for example by an API token. */
	static void setForCurrentRequest(String accountId, DataKey key) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			throw new IllegalStateException("no request to unlock the data key for");
		}
		attributes.setAttribute(ATTRIBUTE, new Unlocked(accountId, key), RequestAttributes.SCOPE_REQUEST);
	}

	static void clear(HttpServletRequest request) {
		get(request).ifPresent((unlocked) -> unlocked.key().destroy());
		request.removeAttribute(ATTRIBUTE);
	}

}
