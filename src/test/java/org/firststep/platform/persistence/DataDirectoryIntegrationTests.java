package org.firststep.platform.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Only FirstStep's own user can read the data directory and the SQLite files, whatever
 * the umask. The test run's data directory starts out world-readable, as a umask of 022
 * leaves it, so this also shows an existing directory being tightened.
 */
class DataDirectoryIntegrationTests extends IntegrationTest {

	@Test
	void theDataDirectoryAndEveryDatabaseFileAreOwnerOnly() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
		assumeFalse(TestDatabase.isPostgres(), "PostgreSQL's files belong to its server");
		signedUpWithToken();
		Path dataDir = TestDatabase.dataDir();

		Map<String, String> found = new LinkedHashMap<>();
		for (String name : List.of(".", "firststep.db", "firststep.db-wal", "firststep.db-shm")) {
			found.put(name, permissions(dataDir.resolve(name)));
		}

		assertThat(found).containsExactly(entry(".", "rwx------"), entry("firststep.db", "rw-------"),
				entry("firststep.db-wal", "rw-------"), entry("firststep.db-shm", "rw-------"));
	}

	private static String permissions(Path path) throws IOException {
		assertThat(path).exists();
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
