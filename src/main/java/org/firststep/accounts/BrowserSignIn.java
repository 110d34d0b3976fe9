package org.firststep.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.KnownDevices;
import org.firststep.platform.security.SessionSignIn;
import org.firststep.privacy.DataKey;
import org.firststep.privacy.SessionKeys;

/**
 * Starts and ends a browser's signed-in session: the session itself, the browser's half
 * of the data key, the language cookie set from the profile, and the browser remembered
 * as one its owner uses.
 */
@Component
class BrowserSignIn {

	private final SessionSignIn sessions;

	private final SessionKeys sessionKeys;

	private final LocaleResolver locales;

	private final KnownDevices devices;

	private final java.util.List<LogoutHandler> logoutHandlers;

	BrowserSignIn(SessionSignIn sessions, SessionKeys sessionKeys, LocaleResolver locales, KnownDevices devices,
			java.util.List<LogoutHandler> logoutHandlers) {
		this.sessions = sessions;
		this.devices = devices;
		this.sessionKeys = sessionKeys;
		this.locales = locales;
		this.logoutHandlers = logoutHandlers;
	}

	void signIn(Account account, DataKey key, HttpServletRequest request, HttpServletResponse response) {
		this.sessions.signIn(new CurrentAccount(account.id()), request, response);
		this.sessionKeys.store(request, response, account.id(), key);
		this.locales.setLocale(request, response, account.locale());
		this.devices.remember(account.email(), request, response);
	}

	String target(HttpServletRequest request, HttpServletResponse response) {
		return this.sessions.targetAfterSignIn(request, response);
	}

	/** Signs the browser out at once, as the sign-out button does. */
	void signOut(HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		this.logoutHandlers.forEach((handler) -> handler.logout(request, response, authentication));
		new CookieClearingLogoutHandler("FIRSTSTEP_SESSION").logout(request, response, authentication);
		new SecurityContextLogoutHandler().logout(request, response, authentication);
	}

}
