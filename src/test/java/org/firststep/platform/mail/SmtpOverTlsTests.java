package org.firststep.platform.mail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import org.firststep.platform.persistence.StorageProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Mail goes over TLS to an SMTP server whose certificate the operator names in a Spring
 * Boot SSL bundle ({@code spring.mail.ssl.bundle}), and to no other: a real SMTPS server
 * (GreenMail) with a certificate made here, and Spring Boot's own sender.
 */
class SmtpOverTlsTests {

	private static final String PASSWORD = "changeit";

	@TempDir
	static Path dir;

	static GreenMail server;

	@BeforeAll
	static void start() throws Exception {
		keytool("-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", "server.p12");
		keytool("-exportcert", "-rfc", "-alias", "smtp", "-keystore", "server.p12", "-file", "server.pem");
		keytool("-genkeypair", "-alias", "other", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", "other.p12");
		keytool("-exportcert", "-rfc", "-alias", "other", "-keystore", "other.p12", "-file", "other.pem");
		// GreenMail's TLS servers read their key store once per JVM, from these.
		System.setProperty("greenmail.tls.keystore.file", dir.resolve("server.p12").toString());
		System.setProperty("greenmail.tls.keystore.password", PASSWORD);
		server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
		System.clearProperty("greenmail.tls.keystore.file");
		System.clearProperty("greenmail.tls.keystore.password");
	}

	@Test
	void mailGoesOverTlsToTheServerTheBundleTrusts() {
		contextTrusting("server.pem").run((context) -> {
			mailer(context.getBean(JavaMailSender.class))
				.send(new Mail("robin@example.org", "Over TLS", "https://example.org/confirm/one"));
			assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("Over TLS");
		});
	}

	@Test
	void noMailGoesToAServerWhoseCertificateIsNotInTheBundle() {
		contextTrusting("other.pem").run((context) -> {
			Mailer mailer = mailer(context.getBean(JavaMailSender.class));
			Mail mail = new Mail("sam@example.org", "Not to a stranger", "https://example.org/confirm/two");
			assertThatExceptionOfType(MailException.class).isThrownBy(() -> mailer.send(mail));
			assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject)
				.doesNotContain("Not to a stranger");
		});
	}

	private static ApplicationContextRunner contextTrusting(String certificate) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, MailSenderAutoConfiguration.class))
			.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + server.getSmtps().getPort(),
					"spring.mail.ssl.enabled=true", "spring.mail.ssl.bundle=smtp",
					"spring.ssl.bundle.pem.smtp.truststore.certificate=file:" + dir.resolve(certificate),
					"spring.mail.properties.mail.smtp.connectiontimeout=5000",
					"spring.mail.properties.mail.smtp.timeout=5000");
	}

	private static Mailer mailer(JavaMailSender sender) {
		return new Mailer(Optional.of(sender), new StorageProperties(dir),
				new MailProperties("FirstStep <no-reply@localhost>", Duration.ofSeconds(30), Duration.ofMinutes(5)),
				Clock.systemUTC());
	}

	private static void keytool(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-noprompt",
						"-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
		command.addAll(List.of(arguments));
		Process keytool = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes());
		assertThat(keytool.waitFor()).as(output).isZero();
	}

}
