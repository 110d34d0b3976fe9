package org.firststep.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.firststep.platform.persistence.StorageProperties;

/**
 * Puts e-mails in an outbox folder as FirstStep's own mailer writes them there without an
 * SMTP server, at a time of the test's choosing, for tests of the pages that read it.
 */
public final class OutboxFixture {

	private OutboxFixture() {
	}

	/**
	 * Writes the mail to {@code <dataDir>/outbox}, dated {@code at}.
	 * @return the name of its file
	 */
	public static String write(Path dataDir, Instant at, String to, String subject, String text) {
		Set<Path> before = files(dataDir.resolve("outbox"));
		new Mailer(Optional.empty(), new StorageProperties(dataDir),
				new MailProperties("FirstStep <no-reply@localhost>", Duration.ofSeconds(30), Duration.ofMinutes(5)),
				Clock.fixed(at, ZoneOffset.UTC))
			.send(new Mail(to, subject, text));
		Set<Path> after = files(dataDir.resolve("outbox"));
		after.removeAll(before);
		return after.iterator().next().getFileName().toString();
	}

	private static Set<Path> files(Path folder) {
		if (!Files.isDirectory(folder)) {
			return new HashSet<>();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return new HashSet<>(files.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
