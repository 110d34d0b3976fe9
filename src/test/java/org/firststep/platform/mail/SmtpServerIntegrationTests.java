package org.firststep.platform.mail;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import org.firststep.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SmtpServerIntegrationTests extends IntegrationTest {

	@Autowired
	MailProperties configured;

	@Test
	void theSenderComesFromTheSettingsTheApplicationStartedWith() {
		JavaMailSenderImpl sender = (JavaMailSenderImpl) SmtpServer.sender(this.configured).orElseThrow();
		assertThat(sender.getHost()).isEqualTo("127.0.0.1");
		assertThat(sender.getPort()).isEqualTo(this.configured.getPort()).isPositive();
	}

	@Test
	void anSmtpServerThatDoesNotAnswerHoldsAWorkerForTenSecondsAtMost() {
		JavaMailSenderImpl sender = (JavaMailSenderImpl) SmtpServer.sender(this.configured).orElseThrow();
		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000");
	}

	@Test
	void withoutAHostThereIsNoSmtpServerAndMailGoesToTheOutbox() {
		assertThat(SmtpServer.sender(new MailProperties())).isEmpty();
	}

	@Test
	void anSslBundleIsRefusedRatherThanIgnored() {
		MailProperties properties = new MailProperties();
		properties.setHost("smtp.example.org");
		properties.getSsl().setBundle("mail");
		assertThatIllegalStateException().isThrownBy(() -> SmtpServer.sender(properties))
			.withMessageContaining("spring.mail.ssl.bundle");
	}

	@Test
	void everySettingOfTheServerIsApplied() {
		MailProperties properties = new MailProperties();
		properties.setHost("smtp.example.org");
		properties.setPort(465);
		properties.setUsername("firststep");
		properties.setPassword("secret");
		properties.setDefaultEncoding(StandardCharsets.UTF_8);
		properties.getSsl().setEnabled(true);
		properties.getProperties().put("mail.smtp.auth", "true");
		JavaMailSenderImpl sender = (JavaMailSenderImpl) SmtpServer.sender(properties).orElseThrow();
		assertThat(sender.getHost()).isEqualTo("smtp.example.org");
		assertThat(sender.getPort()).isEqualTo(465);
		assertThat(sender.getUsername()).isEqualTo("firststep");
		assertThat(sender.getPassword()).isEqualTo("secret");
		assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.ssl.enable", "true")
			.containsEntry("mail.smtp.auth", "true");
	}

}
