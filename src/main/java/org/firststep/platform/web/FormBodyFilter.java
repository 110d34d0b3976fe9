package org.firststep.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a form's body (urlencoded or multipart) before anything else does. One larger
 * than the container takes (a journal entry of megabytes, an import file over its limit)
 * answers 413, one that is not percent-encoded UTF-8 answers 400, in FirstStep's own page
 * or problem. Without this, the first reader would be the CSRF check, and the failure
 * there a 500 with a stack trace. It sits in the security chain after the headers are
 * written and before the CSRF check: a refused body reaches nothing that acts on it, and
 * the page keeps the security headers and the crisis link; what the person typed stays in
 * their browser (the journal keeps its draft until a save is confirmed). One short line
 * is logged, with tokens in the path masked.
 */
public final class FormBodyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(FormBodyFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasForm(request)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				HttpStatus status = (ex instanceof InvalidParameterException unread
						&& unread.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) ? HttpStatus.CONTENT_TOO_LARGE
								: HttpStatus.BAD_REQUEST;
				log.warn("Refused {} {}: {}", request.getMethod(), SafeLogging.path(request.getRequestURI()),
						(status == HttpStatus.CONTENT_TOO_LARGE) ? "the form is larger than the limit"
								: "the form is not valid percent-encoded UTF-8");
				request.setAttribute(BadAddressFilter.REFUSED, Boolean.TRUE);
				response.sendError(status.value());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean hasForm(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return MediaType.APPLICATION_FORM_URLENCODED.includes(media)
					|| MediaType.MULTIPART_FORM_DATA.includes(media);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
