package org.firststep.privacy;

import java.util.Base64;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Keeps a signed-in browser able to open its data without the key ever being stored
 * unwrapped. The session (shared by every instance through the database) holds only the
 * data key wrapped under a random per-session secret; that secret lives in an HttpOnly
 * cookie of the browser alone. Each request unwraps the key in memory. Signing out, or
 * the session expiring, deletes the wrapped copy and makes the cookie worthless.
 */
@Component
public class SessionKeys {

	static final String ATTRIBUTE = "firststep.wrappedDataKey";

	static final String COOKIE = "FIRSTSTEP_KEY";

	/** Called right after a successful sign-in, in the new session. */
	public void store(HttpServletRequest request, HttpServletResponse response, String accountId, DataKey key) {
		byte[] secret = Crypto.randomBytes(32);
		byte[] wrapped = Crypto.seal(new SecretKeySpec(secret, "AES"), key.bytes(), associatedData(accountId));
		request.getSession(true).setAttribute(ATTRIBUTE, wrapped);
		ResponseCookie cookie = ResponseCookie
			.from(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(secret))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		CurrentDataKey.set(request, accountId, key);
	}

	/**
	 * Unlocks the key of this request's session, if the session and the cookie both have
	 * their half.
	 */
	Optional<DataKey> unlock(HttpServletRequest request, String accountId) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof byte[] wrapped)) {
			return Optional.empty();
		}
		return secret(request).flatMap((secret) -> {
			try {
				byte[] key = Crypto.open(new SecretKeySpec(secret, "AES"), wrapped, associatedData(accountId));
				return Optional.of(new DataKey(key));
			}
			catch (AEADBadTagException ex) {
				return Optional.empty();
			}
		});
	}

	/** Removes the browser's half. */
	void clear(HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, "")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(0)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static Optional<byte[]> secret(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				try {
					byte[] secret = Base64.getUrlDecoder().decode(cookie.getValue());
					return (secret.length == 32) ? Optional.of(secret) : Optional.empty();
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private static String associatedData(String accountId) {
		return "firststep session key v1|" + accountId;
	}

}
