package org.firststep.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface string exists in English and in Spanish, key for key, in every bundle.
 */
class MessageBundleParityTests {

	@Test
	void everyEnglishBundleHasASpanishTwinWithTheSameKeys() throws IOException {
		Path resources = Path.of("src/main/resources");
		try (Stream<Path> files = Files.walk(resources)) {
			var english = files.filter((file) -> file.toString().endsWith(".properties"))
				.filter((file) -> !file.getFileName().toString().contains("_"))
				.filter((file) -> !file.getFileName().toString().equals("application.properties"))
				.filter((file) -> Files.exists(spanish(file)) || file.getFileName().toString().startsWith("messages"))
				.toList();
			assertThat(english).isNotEmpty();
			for (Path file : english) {
				Set<Object> en = load(file).keySet();
				Set<Object> es = load(spanish(file)).keySet();
				assertThat(es).as("keys of %s", spanish(file)).containsExactlyInAnyOrderElementsOf(en);
				load(spanish(file)).forEach((key,
						value) -> assertThat(value.toString()).as("Spanish text of %s in %s", key, file).isNotBlank());
			}
		}
	}

	private static Path spanish(Path english) {
		String name = english.getFileName().toString();
		return english.resolveSibling(name.replace(".properties", "_es.properties"));
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
