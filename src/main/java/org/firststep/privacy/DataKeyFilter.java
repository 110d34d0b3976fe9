package org.firststep.privacy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.firststep.platform.security.CurrentAccount;

/**
 * Unlocks the signed-in person's data key for the request from their session, and wipes
 * it from memory when the request is done. Bearer-token requests arrive already unlocked.
 */
class DataKeyFilter extends OncePerRequestFilter {

	private final SessionKeys sessionKeys;

	DataKeyFilter(SessionKeys sessionKeys) {
		this.sessionKeys = sessionKeys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (CurrentDataKey.get(request).isEmpty() && authentication != null
				&& authentication.getPrincipal() instanceof CurrentAccount account) {
			this.sessionKeys.unlock(request, account.id())
				.ifPresent((key) -> CurrentDataKey.set(request, account.id(), key));
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			CurrentDataKey.clear(request);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/");
	}

}
