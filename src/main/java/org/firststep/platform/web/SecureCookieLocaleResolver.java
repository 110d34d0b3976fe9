package org.firststep.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language cookie, marked {@code Secure} whenever the request came over HTTPS (behind
 * a proxy too, as {@code server.forward-headers-strategy} reports it), which Spring's
 * resolver can only do for every request or none.
 */
final class SecureCookieLocaleResolver implements LocaleContextResolver {

	private final CookieLocaleResolver cookies;

	SecureCookieLocaleResolver(CookieLocaleResolver cookies) {
		this.cookies = cookies;
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return this.cookies.resolveLocaleContext(request);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable LocaleContext context) {
		this.cookies.setLocaleContext(request, secureWhenHttps(request, response), context);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return this.cookies.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		this.cookies.setLocale(request, secureWhenHttps(request, response), locale);
	}

	private static HttpServletResponse secureWhenHttps(HttpServletRequest request, HttpServletResponse response) {
		if (response == null || !request.isSecure()) {
			return response;
		}
		return new HttpServletResponseWrapper(response) {
			@Override
			public void addHeader(String name, String value) {
				boolean cookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name);
				super.addHeader(name, (cookie && !value.contains("; Secure")) ? value + "; Secure" : value);
			}
		};
	}

}
