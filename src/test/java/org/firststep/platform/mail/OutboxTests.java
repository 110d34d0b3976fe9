package org.firststep.platform.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import org.firststep.platform.persistence.StorageProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The outbox as the host's page reads it: what the {@link Mailer} wrote, newest first,
 * each mail with its headers and body; only names the mailer gives are opened.
 */
class OutboxTests {

	private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

	@TempDir
	Path dataDir;

	@Test
	void listsWhatTheMailerWroteNewestFirst() {
		mailerAt(NOON).send(new Mail("robin@example.org", "Your link", "First"));
		mailerAt(NOON.plusSeconds(60)).send(new Mail("sam@example.org", "Ñandú: an invitation", "Second"));

		Outbox.Listing listing = outbox().newest(200);

		assertThat(listing.total()).isEqualTo(2);
		assertThat(listing.entries()).extracting(Outbox.Entry::to, Outbox.Entry::subject, Outbox.Entry::writtenAt)
			.containsExactly(tuple("sam@example.org", "Ñandú: an invitation", NOON.plusSeconds(60)),
					tuple("robin@example.org", "Your link", NOON));
	}

	@Test
	void opensOneMailWithItsHeadersAndItsText() {
		mailerAt(NOON).send(new Mail("robin@example.org", "Start afresh",
				"Open this link to start afresh:\nhttps://example.org/reset/abc\n\nAñadido."));
		String name = outbox().newest(1).entries().get(0).name();

		Outbox.Letter letter = outbox().open(name).orElseThrow();

		assertThat(letter.from()).isEqualTo("FirstStep <no-reply@localhost>");
		assertThat(letter.to()).isEqualTo("robin@example.org");
		assertThat(letter.subject()).isEqualTo("Start afresh");
		assertThat(letter.date()).isEqualTo(NOON);
		assertThat(letter.text().replace("\r\n", "\n"))
			.isEqualTo("Open this link to start afresh:\nhttps://example.org/reset/abc\n\nAñadido.");
	}

	@Test
	void showsTheNewestUpToTheLimitAndCountsThemAll() {
		for (int i = 0; i < 5; i++) {
			mailerAt(NOON.plusSeconds(i)).send(new Mail("robin@example.org", "Mail " + i, "Text"));
		}

		Outbox.Listing listing = outbox().newest(3);

		assertThat(listing.total()).isEqualTo(5);
		assertThat(listing.entries()).extracting(Outbox.Entry::subject).containsExactly("Mail 4", "Mail 3", "Mail 2");
	}

	@Test
	void leavesOutFilesTheMailerDidNotName() throws IOException {
		mailerAt(NOON).send(new Mail("robin@example.org", "Your link", "Text"));
		Path outbox = this.dataDir.resolve("outbox");
		Files.writeString(outbox.resolve("1-old.eml"), "To: sam@example.org");
		Files.writeString(outbox.resolve("notes.txt"), "To: sam@example.org");

		assertThat(outbox().newest(200).entries()).extracting(Outbox.Entry::to).containsExactly("robin@example.org");
		assertThat(outbox().open("1-old.eml")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "..", "../firststep.db", "1-old.eml",
			"outbox/1772366400000-0f8fad5b-d9cb-469f-a165-70867728950e.eml",
			"1772366400000-0F8FAD5B-D9CB-469F-A165-70867728950E.eml",
			"1772366400000-0f8fad5b-d9cb-469f-a165-70867728950e.eml/..",
			"1772366400000-0f8fad5b-d9cb-469f-a165-70867728950e.eml\u0000",
			"1772366400000-0f8fad5b-d9cb-469f-a165-70867728950e" })
	void opensNothingButTheNamesTheMailerGives(String name) throws IOException {
		Files.createDirectories(this.dataDir.resolve("outbox"));
		Files.writeString(this.dataDir.resolve("firststep.db"), "To: robin@example.org");

		assertThat(outbox().open(name)).isEmpty();
	}

	@Test
	void aWellNamedFileThatIsNotThereOpensNothing() {
		mailerAt(NOON).send(new Mail("robin@example.org", "Your link", "Text"));

		assertThat(outbox().open("1772366400000-0f8fad5b-d9cb-469f-a165-70867728950e.eml")).isEmpty();
	}

	@Test
	void anEmptyOrMissingOutboxListsNothing() {
		assertThat(outbox().newest(200)).isEqualTo(new Outbox.Listing(List.of(), 0));
	}

	@Test
	void withSmtpTheOutboxIsNotInUse() {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");

		assertThat(new Outbox(mailer(Optional.of(smtp), NOON)).inUse()).isFalse();
		assertThat(outbox().inUse()).isTrue();
	}

	private Outbox outbox() {
		return new Outbox(mailerAt(NOON));
	}

	private Mailer mailerAt(Instant now) {
		return mailer(Optional.empty(), now);
	}

	private Mailer mailer(Optional<JavaMailSender> smtp, Instant now) {
		return new Mailer(smtp, new StorageProperties(this.dataDir),
				new MailProperties("FirstStep <no-reply@localhost>", Duration.ofSeconds(30), Duration.ofMinutes(5)),
				Clock.fixed(now, ZoneOffset.UTC));
	}

}
