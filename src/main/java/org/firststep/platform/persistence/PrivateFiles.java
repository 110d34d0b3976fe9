package org.firststep.platform.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories and files that only FirstStep's own user can read (0700 and 0600), whatever
 * the umask, and tightened when an earlier version left them readable by others. The data
 * directory holds the database and e-mails with fresh-start links. On a file system
 * without POSIX permissions they are only created.
 */
public final class PrivateFiles {

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	/** Creates the directory, and its missing parents, or tightens the existing one. */
	public static Path directory(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			restrict(directory, DIRECTORY);
			return directory;
		}
		return posix(directory) ? Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY))
				: Files.createDirectories(directory);
	}

	/** Creates the empty file, or tightens the existing one. */
	public static Path file(Path file) throws IOException {
		try {
			FileAttribute<?>[] attributes = posix(file)
					? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) } : new FileAttribute<?>[0];
			return Files.createFile(file, attributes);
		}
		catch (FileAlreadyExistsException ex) {
			restrict(file, FILE);
			return file;
		}
	}

	/** Tightens the file if it exists. */
	public static void restrictIfExists(Path file) throws IOException {
		if (Files.exists(file)) {
			restrict(file, FILE);
		}
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		if (view != null && !view.readAttributes().permissions().equals(permissions)) {
			view.setPermissions(permissions);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
