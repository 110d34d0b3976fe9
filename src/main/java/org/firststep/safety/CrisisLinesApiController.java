package org.firststep.safety;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/crisis-lines}: the crisis card as data, for everyone. */
@RestController
class CrisisLinesApiController {

	private final CrisisLines lines;

	private final CrisisCountry country;

	private final MessageSource messages;

	CrisisLinesApiController(CrisisLines lines, CrisisCountry country, MessageSource messages) {
		this.lines = lines;
		this.country = country;
		this.messages = messages;
	}

	@GetMapping("/api/v1/crisis-lines")
	CrisisLinesResponse crisisLines(@RequestParam(name = "country", required = false) @Pattern(regexp = "[A-Z]{2}",
			message = "{validation.country}") String requested, Locale locale, HttpServletRequest request) {
		String chosen = this.country.choose(requested, request);
		var found = this.lines.forCountry(chosen);
		return new CrisisLinesResponse(chosen, found.map(CountryLines::emergency).orElse(null),
				found.map(CountryLines::emergencyDials).orElse(List.of()),
				found.map(CountryLines::lines).orElse(List.of()), this.lines.directories(), this.lines.countries(),
				this.messages.getMessage("help.notEmergencyService", null, locale));
	}

	/**
	 * The crisis card as data.
	 *
	 * @param country the country shown, or null when none could be chosen
	 * @param emergency the emergency entry as written, or null for a country without data
	 * @param emergencyNumbers the emergency numbers to tap
	 * @param lines the crisis lines, primary first
	 * @param internationalDirectories helpline directories for everywhere else
	 * @param availableCountries the countries with lines
	 * @param notice that FirstStep is not an emergency service, in the request's language
	 */
	record CrisisLinesResponse(String country, String emergency, List<Dial> emergencyNumbers, List<CrisisLine> lines,
			List<CrisisLines.Directory> internationalDirectories, List<String> availableCountries, String notice) {
	}

}
