package org.firststep.accounts;

import java.text.Collator;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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

	/** The languages of the interface, each named in itself. */
	public static final Map<String, String> LANGUAGES = orderedMap(List.of("en", "es"), List.of("English", "Español"));

	private final Map<String, String> timeZones = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.equals("UTC") || REGIONS.contains(id.substring(0, Math.max(0, id.indexOf('/')))))
		.sorted()
		.collect(Collectors.toMap((id) -> id, (id) -> id, (a, b) -> a, LinkedHashMap::new));

	private final Map<Locale, Map<String, String>> countries = new ConcurrentHashMap<>();

	/** Time zones by region, the id as its own label. */
	public Map<String, String> timeZones() {
		return this.timeZones;
	}

	/** Every country by code, named and sorted in the given language. */
	public Map<String, String> countries(Locale locale) {
		return this.countries.computeIfAbsent(locale, (language) -> {
			Collator collator = Collator.getInstance(language);
			return CountryCode.ALL.stream()
				.sorted(Comparator.comparing((String code) -> countryName(code, language), collator))
				.collect(Collectors.toMap((code) -> code, (code) -> countryName(code, language), (a, b) -> a,
						LinkedHashMap::new));
		});
	}

	private static Map<String, String> orderedMap(List<String> keys, List<String> values) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			map.put(keys.get(i), values.get(i));
		}
		return java.util.Collections.unmodifiableMap(map);
	}

	/** The name of one country in the given language. */
	public static String countryName(String code, Locale locale) {
		return Locale.of("", code).getDisplayCountry(locale);
	}

}
