package org.firststep.platform.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What {@link PrivateFiles} makes is owner-only under a umask of 022, and what an earlier
 * version left readable by others is tightened.
 */
class PrivateFilesTests {

	@TempDir
	Path dir;

	@BeforeEach
	void posix() {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
	}

	@Test
	void newDirectoriesAndTheirMissingParentsAreOwnerOnly() throws IOException {
		Path nested = PrivateFiles.directory(this.dir.resolve("a/b"));

		assertThat(permissions(nested)).isEqualTo("rwx------");
		assertThat(permissions(nested.getParent())).isEqualTo("rwx------");
	}

	@Test
	void anExistingDirectoryIsTightened() throws IOException {
		Path existing = Files.createDirectory(this.dir.resolve("data"));
		Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));

		PrivateFiles.directory(existing);

		assertThat(permissions(existing)).isEqualTo("rwx------");
	}

	@Test
	void aNewFileIsOwnerOnlyAndAnExistingOneIsTightenedWithItsContent() throws IOException {
		Path created = PrivateFiles.file(this.dir.resolve("new.db"));
		Path existing = Files.writeString(this.dir.resolve("old.db"), "rows");
		Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
		Path wal = Files.writeString(this.dir.resolve("old.db-wal"), "frames");
		Files.setPosixFilePermissions(wal, PosixFilePermissions.fromString("rw-rw-rw-"));

		PrivateFiles.file(existing);
		PrivateFiles.restrictIfExists(wal);
		PrivateFiles.restrictIfExists(this.dir.resolve("old.db-shm"));

		assertThat(permissions(created)).isEqualTo("rw-------");
		assertThat(permissions(existing)).isEqualTo("rw-------");
		assertThat(existing).hasContent("rows");
		assertThat(permissions(wal)).isEqualTo("rw-------");
		assertThat(this.dir.resolve("old.db-shm")).doesNotExist();
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
