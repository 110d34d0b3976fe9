package org.firststep.platform.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The headers every answer carries: one list, given both to the filter chain and to the
 * answer for requests its firewall refuses, which never reach the chain's own writer.
 */
final class SecurityHeaders {

	/**
	 * No inline script or style anywhere, nothing from another origin, never framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	static final List<HeaderWriter> WRITERS = List.of(new CacheControlHeadersWriter(),
			new XContentTypeOptionsHeaderWriter(), new HstsHeaderWriter(31_536_000, true),
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY), new XXssProtectionHeaderWriter(),
			new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER),
			new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY));

	private SecurityHeaders() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response) {
		WRITERS.forEach((writer) -> writer.writeHeaders(request, response));
	}

}
