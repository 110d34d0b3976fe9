package org.firststep.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both databases have the same migrations, version for version and name for name. */
class MigrationParityTests {

	@Test
	void sqliteAndPostgresqlMigrationsMatch() throws IOException {
		assertThat(names("sqlite")).isNotEmpty().containsExactlyElementsOf(names("postgresql"));
	}

	private static java.util.List<String> names(String vendor) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
