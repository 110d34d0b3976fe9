package org.firststep.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The e-mails in the outbox folder, as the host's outbox page reads them: what the
 * {@link Mailer} wrote there because no SMTP server is configured. Only files named as
 * the mailer names them ({@code <epochMillis>-<uuid>.eml}) are read, so a name from a
 * request can never reach outside the folder.
 */
@Component
public class Outbox {

	/** The names the mailer gives its files: when it wrote one, and a random UUID. */
	static final Pattern NAME = Pattern
		.compile("([0-9]{1,18})-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.eml");

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final Comparator<Named> NEWEST_FIRST = Comparator.comparingLong(Named::millis)
		.thenComparing(Named::name)
		.reversed();

	private final Mailer mailer;

	Outbox(Mailer mailer) {
		this.mailer = mailer;
	}

	/** Whether mail lands here: no SMTP server is configured. */
	public boolean inUse() {
		return !this.mailer.sendsOverSmtp();
	}

	/**
	 * The newest e-mails, newest first, each read for its recipient and subject.
	 * @param limit how many at most
	 */
	public Listing newest(int limit) {
		List<Named> names = names();
		List<Entry> entries = names.stream()
			.sorted(NEWEST_FIRST)
			.limit(limit)
			.map(this::entry)
			.flatMap(Optional::stream)
			.toList();
		return new Listing(entries, names.size());
	}

	/**
	 * One e-mail, when the name is one the mailer gives and the file is there and reads
	 * as an e-mail.
	 */
	public Optional<Letter> open(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = folder().resolve(name);
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			MimeMessage message = read(file);
			Instant sent = (message.getSentDate() != null) ? message.getSentDate().toInstant() : null;
			return Optional.of(new Letter(name, addresses(message.getFrom()),
					addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(), sent,
					text(message)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException | MessagingException ex) {
			log.warn("Could not read an e-mail of the outbox ({})", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private Path folder() {
		return this.mailer.outbox();
	}

	private List<Named> names() {
		if (!Files.isDirectory(folder())) {
			return List.of();
		}
		List<Named> names = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "*.eml")) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				Matcher matcher = NAME.matcher(name);
				if (matcher.matches()) {
					names.add(new Named(name, Long.parseLong(matcher.group(1))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the outbox " + folder(), ex);
		}
		return names;
	}

	/** The entry, or none when the file went meanwhile (an account's deletion). */
	private Optional<Entry> entry(Named named) {
		Instant written = Instant.ofEpochMilli(named.millis());
		try {
			MimeMessage message = read(folder().resolve(named.name()));
			return Optional.of(new Entry(named.name(), written,
					addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(), true));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException | MessagingException ex) {
			log.warn("Could not read an e-mail of the outbox ({})", ex.getClass().getSimpleName());
			return Optional.of(new Entry(named.name(), written, null, null, false));
		}
	}

	private static MimeMessage read(Path file) throws IOException, MessagingException {
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
	}

	private static String addresses(Address[] addresses) {
		return (addresses == null || addresses.length == 0) ? null : InternetAddress.toUnicodeString(addresses);
	}

	/**
	 * The plain text: the whole body, or the first plain-text part of a multipart one.
	 */
	private static String text(jakarta.mail.Part part) throws IOException, MessagingException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	private record Named(String name, long millis) {
	}

	/**
	 * The newest e-mails and how many there are in all.
	 *
	 * @param entries newest first
	 * @param total every e-mail in the outbox, shown or not
	 */
	public record Listing(List<Entry> entries, int total) {
	}

	/**
	 * One e-mail of the list.
	 *
	 * @param name its file's name, which {@link #open} takes
	 * @param writtenAt when the mailer wrote it
	 * @param to its recipients, or null
	 * @param subject its subject, or null
	 * @param readable false when the file does not read as an e-mail (then recipient and
	 * subject are null)
	 */
	public record Entry(String name, Instant writtenAt, String to, String subject, boolean readable) {
	}

	/**
	 * One e-mail, opened.
	 *
	 * @param name its file's name
	 * @param from its sender, or null
	 * @param to its recipients, or null
	 * @param subject its subject, or null
	 * @param date its {@code Date} header, or null
	 * @param text its plain-text body, empty when it has none
	 */
	public record Letter(String name, String from, String to, String subject, Instant date, String text) {
	}

}
