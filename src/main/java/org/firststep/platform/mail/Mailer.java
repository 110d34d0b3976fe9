package org.firststep.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.IntConsumer;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.firststep.platform.persistence.PrivateFiles;
import org.firststep.platform.persistence.StorageProperties;

/**
 * Delivers one e-mail through Spring Boot's mail sender, which exists when
 * {@code spring.mail.host} names an SMTP server. Without one (the embedded default), each
 * message is written as an {@code .eml} file to the outbox folder of the data directory
 * instead, where whoever runs the instance can open it. The outbox and its files are
 * readable by FirstStep's user alone: they hold fresh-start links. Features never call
 * it: their mail goes through the {@link MailQueue}, whose drain calls it outside any
 * transaction.
 */
@Component
class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender smtp;

	private final Path outbox;

	private final MailProperties properties;

	private final Clock clock;

	Mailer(Optional<JavaMailSender> smtp, StorageProperties storage, MailProperties properties, Clock clock) {
		// The jar processed ahead of time always has Spring Boot's sender (ADR 0033);
		// there, the host given at start decides.
		this.smtp = smtp
			.filter((sender) -> !(sender instanceof JavaMailSenderImpl boot) || StringUtils.hasText(boot.getHost()))
			.orElse(null);
		this.outbox = storage.dataDir().resolve("outbox");
		this.properties = properties;
		this.clock = clock;
		if (this.smtp instanceof JavaMailSenderImpl boot
				&& (boot.getProtocol() == null || "smtp".equals(boot.getProtocol()))) {
			Properties session = boot.getJavaMailProperties();
			session.setProperty("mail.smtp.class", HeldEndTransport.class.getName());
			boot.setJavaMailProperties(session);
		}
		if (this.smtp == null) {
			restrictOutbox();
		}
	}

	/** Whether mail leaves this machine, rather than landing in the outbox folder. */
	boolean sendsOverSmtp() {
		return this.smtp != null;
	}

	/** The outbox folder, where mail lands without an SMTP server. */
	Path outbox() {
		return this.outbox;
	}

	/**
	 * Sends the mail, or stores it in the outbox.
	 * @throws MailException when the SMTP server refuses it or cannot be reached
	 * @throws UncheckedIOException when the outbox cannot be written
	 * @throws UnbuildableMailException when the mail cannot be made into a message (an
	 * address that is not one)
	 */
	void send(Mail mail) {
		RuntimeException failure = sendAll(List.of(mail), (index) -> {
		}).get(0);
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Sends several mails over one SMTP connection (or stores them in the outbox): a
	 * connection per mail would cost the SMTP handshake each time, which limits a burst
	 * of reminders to a few dozen a second.
	 * @param sent called with a mail's index once it is as good as sent: over SMTP just
	 * before the server is told to accept it ({@link HeldEndTransport}), else right
	 * after; when it throws, the mail is not completed (the connection is dropped before
	 * its end, or its outbox file removed), and what it threw is the mail's failure
	 * @return what went wrong, by the mail's index: a {@link MailException}, an
	 * {@link UncheckedIOException}, an {@link UnbuildableMailException} or what
	 * {@code sent} threw. A mail can fail after {@code sent} ran for it, when the server
	 * does not confirm it.
	 */
	Map<Integer, RuntimeException> sendAll(List<Mail> mails, IntConsumer sent) {
		Map<Integer, RuntimeException> failures = new HashMap<>();
		List<MimeMessage> messages = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < mails.size(); i++) {
			try {
				MimeMessage message = message(mails.get(i));
				if (this.smtp != null) {
					messages.add(message);
					indexes.add(i);
				}
				else {
					Path file = writeToOutbox(message);
					try {
						sent.accept(i);
					}
					catch (RuntimeException ex) {
						Files.deleteIfExists(file);
						failures.put(i, ex);
					}
				}
			}
			catch (MessagingException ex) {
				failures.put(i, new UnbuildableMailException(ex));
			}
			catch (UncheckedIOException ex) {
				failures.put(i, ex);
			}
			catch (IOException ex) {
				failures.put(i, new UncheckedIOException(ex));
			}
		}
		if (messages.isEmpty()) {
			return failures;
		}
		if (this.smtp instanceof JavaMailSenderImpl boot) {
			sendOverOneConnection(boot, messages, indexes, sent, failures);
		}
		else {
			sendThroughSender(messages, indexes, sent, failures);
		}
		return failures;
	}

	private void sendOverOneConnection(JavaMailSenderImpl boot, List<MimeMessage> messages, List<Integer> indexes,
			IntConsumer sent, Map<Integer, RuntimeException> failures) {
		Transport transport;
		try {
			transport = boot.getSession().getTransport((boot.getProtocol() != null) ? boot.getProtocol() : "smtp");
			transport.connect(boot.getHost(), boot.getPort(), boot.getUsername(), boot.getPassword());
		}
		catch (MessagingException ex) {
			MailSendException failure = new MailSendException("Could not connect to the SMTP server", ex);
			indexes.forEach((index) -> failures.put(index, failure));
			return;
		}
		// Without the held end (SMTP over TLS from the start, smtps), a mail is recorded
		// as
		// sent before it goes: a crash between the two loses it rather than sending it
		// twice.
		boolean held = transport instanceof HeldEndTransport;
		try {
			for (int k = 0; k < messages.size(); k++) {
				int index = indexes.get(k);
				MimeMessage message = messages.get(k);
				if (held) {
					HeldEndTransport.beforeEnd(() -> sent.accept(index));
				}
				else {
					try {
						sent.accept(index);
					}
					catch (RuntimeException ex) {
						failures.put(index, ex);
						continue;
					}
				}
				try {
					message.saveChanges();
					transport.sendMessage(message, message.getAllRecipients());
				}
				catch (MessagingException ex) {
					failures.put(index, new MailSendException("The SMTP server did not take the mail", ex));
					if (!transport.isConnected()) {
						MailSendException rest = new MailSendException("The SMTP connection closed", ex);
						indexes.subList(k + 1, indexes.size()).forEach((later) -> failures.put(later, rest));
						return;
					}
				}
				finally {
					HeldEndTransport.clear();
				}
			}
		}
		finally {
			try {
				transport.close();
			}
			catch (MessagingException ex) {
				log.debug("Could not close the SMTP connection cleanly ({})", ex.getClass().getSimpleName());
			}
		}
	}

	private void sendThroughSender(List<MimeMessage> messages, List<Integer> indexes, IntConsumer sent,
			Map<Integer, RuntimeException> failures) {
		Map<MimeMessage, Integer> byMessage = new IdentityHashMap<>();
		for (int k = 0; k < messages.size(); k++) {
			byMessage.put(messages.get(k), indexes.get(k));
		}
		try {
			this.smtp.send(messages.toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			if (ex.getFailedMessages().isEmpty()) {
				indexes.forEach((index) -> failures.put(index, ex));
			}
			ex.getFailedMessages()
				.forEach((message, cause) -> failures.put(byMessage.get(message),
						(cause instanceof MailException mail) ? mail : new MailSendException("not sent", cause)));
		}
		catch (MailException ex) {
			indexes.forEach((index) -> failures.put(index, ex));
		}
		indexes.stream().filter((index) -> !failures.containsKey(index)).forEach(sent::accept);
	}

	private MimeMessage message(Mail mail) throws MessagingException {
		MimeMessage message = (this.smtp != null) ? this.smtp.createMimeMessage()
				: new MimeMessage(Session.getInstance(new Properties()));
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), false);
		helper.setSentDate(java.util.Date.from(this.clock.instant()));
		if (mail.unsubscribe() != null) {
			// RFC 8058: a mail program may offer "unsubscribe", which POSTs
			// List-Unsubscribe=One-Click to this address, with no page to visit.
			message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return message;
	}

	private Path writeToOutbox(MimeMessage message) throws MessagingException {
		try {
			PrivateFiles.directory(this.outbox);
			Path file = PrivateFiles.file(this.outbox.resolve(this.clock.millis() + "-" + UUID.randomUUID() + ".eml"));
			try (OutputStream out = Files.newOutputStream(file)) {
				message.writeTo(out);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write to the outbox " + this.outbox, ex);
		}
	}

	/**
	 * Removes the outbox's e-mails to the address, when its account is deleted: they name
	 * the person, and their links no longer work. Best effort: a file that cannot be read
	 * or removed stays, with one line in the log.
	 */
	void forget(String address) {
		if (!Files.isDirectory(this.outbox)) {
			return;
		}
		try (DirectoryStream<Path> mails = Files.newDirectoryStream(this.outbox, "*.eml")) {
			for (Path mail : mails) {
				try {
					if (addressedTo(mail, address)) {
						Files.deleteIfExists(mail);
					}
				}
				catch (IOException | MessagingException ex) {
					log.warn("Could not clear an e-mail of a deleted account from the outbox ({})",
							ex.getClass().getSimpleName());
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not clear the outbox of a deleted account's e-mails ({})", ex.getClass().getSimpleName());
		}
	}

	/** A mail that no retry can send. */
	static final class UnbuildableMailException extends RuntimeException {

		UnbuildableMailException(MessagingException cause) {
			super("Could not build the e-mail", cause);
		}

	}

	private static boolean addressedTo(Path mail, String address) throws IOException, MessagingException {
		try (InputStream in = Files.newInputStream(mail)) {
			Address[] to = new MimeMessage(Session.getInstance(new Properties()), in)
				.getRecipients(Message.RecipientType.TO);
			return to != null && Arrays.stream(to)
				.anyMatch((recipient) -> recipient instanceof InternetAddress internet
						&& address.equalsIgnoreCase(internet.getAddress()));
		}
	}

	/** An earlier version wrote the outbox with the umask's permissions. */
	private void restrictOutbox() {
		if (!Files.isDirectory(this.outbox)) {
			return;
		}
		try (DirectoryStream<Path> mails = Files.newDirectoryStream(this.outbox, "*.eml")) {
			PrivateFiles.directory(this.outbox);
			for (Path mail : mails) {
				PrivateFiles.restrictIfExists(mail);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not make the outbox " + this.outbox + " readable by FirstStep's user alone", ex);
		}
	}

}
