package org.firststep.accounts;

import java.text.Collator;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.CountryCode;

/**
 * The choices the profile form offers: time zones by region, and countries by name in the
 * page's language.
 */
@Component
public class ProfileChoices {

	private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	private final List<String> timeZones = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.equals("UTC") || REGIONS.contains(id.substring(0, Math.max(0, id.indexOf('/')))))
		.sorted()
		.toList();

	private final Map<Locale, List<Country>> countries = new ConcurrentHashMap<>();

	public List<String> timeZones() {
		return this.timeZones;
	}

	/** Every country, named and sorted in the given language. */
	public List<Country> countries(Locale locale) {
		return this.countries.computeIfAbsent(locale, (language) -> {
			Collator collator = Collator.getInstance(language);
			return CountryCode.ALL.stream()
				.map((code) -> new Country(code, Locale.of("", code).getDisplayCountry(language)))
				.sorted(Comparator.comparing(Country::name, collator))
				.toList();
		});
	}

	/** The name of one country in the given language. */
	public static String countryName(String code, Locale locale) {
		return Locale.of("", code).getDisplayCountry(locale);
	}

	/**
	 * A country to choose.
	 *
	 * @param code ISO 3166 alpha-2
	 * @param name its name in the page's language
	 */
	public record Country(String code, String name) {
	}

}
