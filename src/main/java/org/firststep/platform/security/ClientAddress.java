package org.firststep.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address. Behind a load balancer Tomcat's remote-IP valve has already
 * replaced it with the forwarded address, trusting only internal proxies
 * ({@code server.tomcat.remoteip.internal-proxies}).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
