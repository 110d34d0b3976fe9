package org.firststep.platform.mail;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import org.firststep.platform.persistence.StorageProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Without an SMTP server, e-mails (fresh-start links among them) go to the outbox, which
 * only FirstStep's own user can read, whatever the umask, also when an earlier version
 * left it world-readable.
 */
class MailerOutboxTests {

	@TempDir
	Path dataDir;

	@BeforeEach
	void posix() {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
	}

	@Test
	void aNewOutboxAndItsMailsAreOwnerOnly() throws IOException {
		Files.setPosixFilePermissions(this.dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));

		mailer().send(new Mail("robin@example.org", "Your link", "https://example.org/reset/secret"));

		Path outbox = this.dataDir.resolve("outbox");
		assertThat(permissions(outbox)).isEqualTo("rwx------");
		assertThat(mails(outbox)).hasSize(1).allSatisfy((mail) -> assertThat(permissions(mail)).isEqualTo("rw-------"));
	}

	@Test
	void anOutboxLeftWorldReadableIsTightenedWhenFirstStepStarts() throws IOException {
		Path outbox = Files.createDirectory(this.dataDir.resolve("outbox"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Path old = Files.writeString(outbox.resolve("1-old.eml"), "To: robin@example.org");
		Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

		mailer();

		assertThat(permissions(outbox)).isEqualTo("rwx------");
		assertThat(permissions(old)).isEqualTo("rw-------");
	}

	@Test
	void forgettingAnAddressRemovesTheMailsToItAndKeepsTheOthers() throws IOException {
		Mailer mailer = mailer();
		mailer.send(new Mail("robin@example.org", "Your link", "https://example.org/reset/one"));
		mailer.send(new Mail("Robin@Example.org", "Your link", "https://example.org/reset/two"));
		mailer.send(new Mail("sam@example.org", "An invitation", "https://example.org/invitations/three"));
		Path outbox = this.dataDir.resolve("outbox");
		Files.writeString(outbox.resolve("1-not-a-mail.eml"), "\u0000");

		mailer.forget("robin@example.org");

		assertThat(mails(outbox)).hasSize(2)
			.noneSatisfy((mail) -> assertThat(mail).content().containsIgnoringCase("robin@example.org"));
	}

	@Test
	void aSenderWithoutAHostIsNoSmtpServer() throws IOException {
		// As in the jar processed ahead of time, started without spring.mail.host.
		Mailer mailer = mailer(Optional.of(new JavaMailSenderImpl()));

		mailer.send(new Mail("robin@example.org", "Your link", "https://example.org/reset/secret"));

		assertThat(mailer.sendsOverSmtp()).isFalse();
		assertThat(mails(this.dataDir.resolve("outbox"))).hasSize(1);
	}

	private Mailer mailer() {
		return mailer(Optional.empty());
	}

	private Mailer mailer(Optional<JavaMailSender> smtp) {
		return new Mailer(smtp, new StorageProperties(this.dataDir),
				new MailProperties("FirstStep <no-reply@localhost>", java.time.Duration.ofSeconds(30),
						java.time.Duration.ofMinutes(5)),
				Clock.systemUTC());
	}

	private static List<Path> mails(Path outbox) throws IOException {
		try (Stream<Path> files = Files.list(outbox)) {
			return files.toList();
		}
	}

	private static String permissions(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
