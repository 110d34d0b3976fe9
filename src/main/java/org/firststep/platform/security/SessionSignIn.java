package org.firststep.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Starts a signed-in session once a feature has checked the person's credentials: a new
 * session id (no fixation), a new CSRF token, and the security context saved in the
 * session.
 */
@Component
public class SessionSignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SessionAuthenticationStrategy sessionStrategy;

	private final RequestCache requestCache;

	SessionSignIn(CsrfTokenRepository csrfTokens, RequestCache requestCache) {
		this.sessionStrategy = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
		this.requestCache = requestCache;
	}

	public void signIn(CurrentAccount account, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(account, null,
				List.of(new SimpleGrantedAuthority(Roles.PERSON)));
		request.getSession(true);
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/** Where to go after signing in: the page that asked for it, or home. */
	public String targetAfterSignIn(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		if (saved == null) {
			return "/";
		}
		String url = saved.getRedirectUrl();
		String base = request.getScheme() + "://" + request.getServerName();
		int start = url.indexOf('/', url.indexOf("//") + 2);
		return (url.startsWith(base) && start > 0) ? url.substring(start) : "/";
	}

}
