package org.firststep.asks;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.firststep.people.Need;

/**
 * Message templates for every need and size, three or more each, in English and Spanish
 * ({@code asks/templates_*.properties}). They are starting points the person edits
 * freely: short, warm, specific, and always with an easy way for the other to say no.
 * {@code {name}} is replaced by the other person's first name; blanks in square brackets
 * are left for the person to fill in.
 */
@Component
public class AskTemplates {

	private final Map<String, Map<String, List<String>>> byLanguage = Map.of("en", load("en"), "es", load("es"));

	/**
	 * The templates for a need and size in a language; English when the language is
	 * unknown.
	 */
	public List<String> templates(Need need, Size size, Locale language) {
		Map<String, List<String>> templates = this.byLanguage.getOrDefault(language.getLanguage(),
				this.byLanguage.get("en"));
		return templates.getOrDefault(need.apiName() + "." + size.apiName(), List.of());
	}

	/**
	 * A template with the other person's first name in it; without a name, no dangling
	 * comma.
	 */
	public String fill(String template, String name) {
		if (name != null && !name.isBlank()) {
			return template.replace("{name}", name.trim());
		}
		String filled = template.replaceAll("^\\{name\\}, ", "")
			.replace(", {name},", ",")
			.replace(" {name},", ",")
			.replace("{name}", "")
			.trim();
		return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
	}

	private static Map<String, List<String>> load(String language) {
		Properties properties = new Properties();
		var resource = new ClassPathResource("asks/templates_" + language + ".properties");
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, List<String>> grouped = new TreeMap<>();
		new TreeMap<>(properties).forEach((key, value) -> {
			String group = key.toString().substring(0, key.toString().lastIndexOf('.'));
			grouped.computeIfAbsent(group, (ignored) -> new ArrayList<>()).add(value.toString());
		});
		grouped.replaceAll((group, list) -> List.copyOf(list));
		return Map.copyOf(grouped);
	}

}
