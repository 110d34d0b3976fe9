package org.firststep.platform.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The country a browser's {@code Accept-Language} names first ({@code es-MX} gives
 * {@code MX}), used as a first guess until the person sets their own.
 */
public final class BrowserCountry {

	private BrowserCountry() {
	}

	public static String of(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return null;
		}
		for (Locale locale : Collections.list(request.getLocales())) {
			String country = locale.getCountry();
			if (!country.isEmpty() && CountryCode.ALL.contains(country)) {
				return country;
			}
		}
		return null;
	}

}
