package org.firststep.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import org.firststep.platform.persistence.Json;

/**
 * The crisis lines of every country in {@code safety/crisis_lines.json}, read once at
 * start. The file is the project's shared data, copied with its sources; FirstStep never
 * adds a number of its own.
 */
@Service
public class CrisisLines {

	private final Map<String, CountryLines> byCountry;

	private final List<Directory> directories;

	CrisisLines() {
		JsonNode root = read();
		Map<String, CountryLines> countries = new LinkedHashMap<>();
		for (JsonNode country : root.get("countries")) {
			List<CrisisLine> lines = country.get("lines").valueStream().map(CrisisLines::line).toList();
			String code = country.get("country").asString();
			String emergency = text(country, "emergency");
			countries.put(code, new CountryLines(code, emergency, Dial.fromEmergency(emergency), lines));
		}
		this.byCountry = Map.copyOf(countries);
		this.directories = root.get("internationalDirectories")
			.valueStream()
			.map((entry) -> new Directory(entry.get("name").asString(), entry.get("url").asString()))
			.toList();
	}

	public Optional<CountryLines> forCountry(String country) {
		return Optional.ofNullable((country == null) ? null : this.byCountry.get(country));
	}

	/** The countries with lines, in the order of the data. */
	public List<String> countries() {
		return this.byCountry.keySet().stream().sorted().toList();
	}

	/** Directories of helplines worldwide, for countries without lines here. */
	public List<Directory> directories() {
		return this.directories;
	}

	private static CrisisLine line(JsonNode node) {
		String phone = text(node, "phone");
		String sms = text(node, "sms");
		List<String> sources = node.get("sources").valueStream().map(JsonNode::asString).toList();
		return new CrisisLine(node.get("name").asString(), phone, sms, text(node, "chatUrl"), text(node, "notes"),
				sources, (phone != null) ? Dial.call(phone) : null, (sms != null) ? Dial.text(sms) : null);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static JsonNode read() {
		try (InputStream in = new ClassPathResource("safety/crisis_lines.json").getInputStream()) {
			return Json.MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An international directory of helplines.
	 *
	 * @param name its name
	 * @param url its address
	 */
	public record Directory(String name, String url) {
	}

}
