package org.firststep.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import org.firststep.platform.web.SafeLogging;

/**
 * Answers a request the firewall refuses (an encoded slash or percent sign, a semicolon
 * or a double slash in the path) with a 400 in FirstStep's own page or problem, carrying
 * the usual headers, and one short line in the log instead of a stack trace.
 */
final class RefusedRequests implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refusal)
			throws IOException {
		log.warn("Refused {} {}: the firewall does not accept this address", request.getMethod(),
				SafeLogging.path(request.getRequestURI()));
		SecurityHeaders.write(request, response);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
