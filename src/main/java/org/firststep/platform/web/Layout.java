package org.firststep.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

import org.firststep.platform.security.CurrentAccount;

/**
 * What the layout of every page needs, error pages included, read by templates as
 * {@code ${layout}} (a request attribute set for every request): whether someone is
 * signed in, the quick-exit address, and the current path for the language switch to
 * return to.
 */
@Component
public class Layout extends OncePerRequestFilter {

	static final String ATTRIBUTE = "layout";

	private final WebProperties properties;

	Layout(WebProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(ATTRIBUTE, this);
		chain.doFilter(request, response);
	}

	public boolean signedIn() {
		return CurrentAccount.get().isPresent();
	}

	public String quickExitUrl() {
		return this.properties.quickExitUrl().toString();
	}

	public String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "/";
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			return ReturnPaths.safe(failed);
		}
		String query = request.getQueryString();
		return ReturnPaths.safe(request.getRequestURI() + ((query != null) ? "?" + query : ""));
	}

}
