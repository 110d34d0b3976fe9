package org.firststep.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an address whose query is not valid percent-encoded UTF-8 ({@code ?q=%ff}) with
 * a 400: the container's own answer would be a failure deep inside the first
 * {@code getParameter}, a 500 with a stack trace per request. First in the chain, it
 * hides the query from everything after it, the error page included, so that nothing
 * trips on it; the {@link Refusal} then answers 400 through the usual error page or
 * problem, after the security filters have set the headers. One short line is logged,
 * with tokens in the path masked.
 */
class BadAddressFilter extends OncePerRequestFilter {

	static final String REFUSED = BadAddressFilter.class.getName() + ".refused";

	private static final Logger log = LoggerFactory.getLogger(BadAddressFilter.class);

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.REQUEST && !validQuery(request.getQueryString())) {
			log.warn("Refused {} {}: the query is not valid percent-encoded UTF-8", request.getMethod(),
					SafeLogging.path(request.getRequestURI()));
			request.setAttribute(REFUSED, Boolean.TRUE);
		}
		chain.doFilter((request.getAttribute(REFUSED) != null) ? new WithoutQuery(request) : request, response);
	}

	/**
	 * Answers a refused address with a 400 once the security filters have set the
	 * response's headers, so that the error page carries them.
	 */
	static final class Refusal implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws IOException {
			if (request.getDispatcherType() == DispatcherType.REQUEST && request.getAttribute(REFUSED) != null) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return false;
			}
			return true;
		}

	}

	/**
	 * Whether every {@code %} is followed by two hex digits and the bytes read as UTF-8.
	 */
	static boolean validQuery(String query) {
		if (query == null || query.indexOf('%') < 0) {
			return true;
		}
		ByteBuffer bytes = ByteBuffer.allocate(query.length());
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
						|| Character.digit(query.charAt(i + 2), 16) < 0) {
					return false;
				}
				bytes.put((byte) Integer.parseInt(query, i + 1, i + 3, 16));
				i += 2;
			}
			else if (c < 128) {
				bytes.put((byte) c);
			}
			else {
				return false;
			}
		}
		bytes.flip();
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes);
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The refused request as the error page sees it: no query, no parameters. */
	private static final class WithoutQuery extends HttpServletRequestWrapper {

		WithoutQuery(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
