package org.firststep.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * A real SMTP server (GreenMail) for the whole test run; the app sends to it through its
 * ordinary SMTP configuration, by way of a {@link SmtpGate} that a test can make refuse
 * or hang. Mail leaves the app after the change that caused it commits, on a thread of
 * its own, so tests wait for it with {@link #awaitTo}.
 */
public final class TestMail {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	private static GreenMail server;

	private static SmtpGate gate;

	private TestMail() {
	}

	public static synchronized int port() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			gate = new SmtpGate(server.getSmtp().getPort());
		}
		return gate.port();
	}

	/** From now on the SMTP server closes every new connection at once. */
	public static void refuse() {
		gate.mode(SmtpGate.Mode.REFUSE);
	}

	/**
	 * From now on the SMTP server accepts connections and then says nothing, as a server
	 * does that is overloaded or behind a broken network.
	 */
	public static void hang() {
		gate.mode(SmtpGate.Mode.HANG);
	}

	/**
	 * Waits until a client is connected to the hanging server, waiting for its greeting.
	 */
	public static void awaitHeldConnection() {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (gate.held() == 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("nobody connected to the SMTP server within " + PATIENCE);
			}
			pause();
		}
	}

	/** The SMTP server works again; connections it was holding are dropped. */
	public static void work() {
		gate.mode(SmtpGate.Mode.PASS);
	}

	/** The messages received for one address, oldest first. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(address));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	/**
	 * The messages for one address once at least {@code count} have arrived, waiting up
	 * to 15 seconds.
	 */
	public static List<MimeMessage> awaitTo(String address, int count) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		List<MimeMessage> received = to(address);
		while (received.size() < count && System.nanoTime() < deadline) {
			pause();
			received = to(address);
		}
		if (received.size() < count) {
			throw new AssertionError("expected " + count + " e-mail(s) to " + address + " within " + PATIENCE + ", got "
					+ received.size());
		}
		return received;
	}

	/** The last message for one address, once it has arrived. */
	public static MimeMessage awaitLast(String address) {
		return awaitTo(address, 1).getLast();
	}

	/** Every message the SMTP server has received in this run, oldest first. */
	public static List<MimeMessage> all() {
		return (server == null) ? List.of() : List.of(server.getReceivedMessages());
	}

	/**
	 * A message as its reader sees it: the subject and every header, decoded, and the
	 * decoded text of its body.
	 */
	public static String readable(MimeMessage message) {
		try {
			StringBuilder text = new StringBuilder();
			for (var header : java.util.Collections.list(message.getAllHeaders())) {
				text.append(header.getName())
					.append(": ")
					.append(MimeUtility.decodeText(header.getValue()))
					.append('\n');
			}
			return text.append('\n').append(message.getContent()).toString();
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new AssertionError("could not read an e-mail the app sent", ex);
		}
	}

	/** The plain-text body of a message. */
	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
