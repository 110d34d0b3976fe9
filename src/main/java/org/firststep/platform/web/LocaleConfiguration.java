package org.firststep.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a request: the one chosen with the language switch (or set from the
 * profile at sign-in), kept in a cookie; otherwise the browser's {@code Accept-Language};
 * otherwise English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final String COOKIE = "lang";

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(Languages.SUPPORTED);
		browser.setDefaultLocale(Languages.ENGLISH);
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(browser::resolveLocale);
		return new SecureCookieLocaleResolver(resolver);
	}

}
