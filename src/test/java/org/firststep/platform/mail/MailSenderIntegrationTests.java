package org.firststep.platform.mail;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import org.firststep.support.IntegrationTest;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail leaves through Spring Boot's own sender, configured by {@code spring.mail.*}.
 */
class MailSenderIntegrationTests extends IntegrationTest {

	@Autowired
	JavaMailSender sender;

	@Autowired
	MailQueue queue;

	@Test
	void theSenderComesFromTheSettingsTheApplicationStartedWith() {
		JavaMailSenderImpl smtp = (JavaMailSenderImpl) this.sender;
		assertThat(smtp.getHost()).isEqualTo("127.0.0.1");
		assertThat(smtp.getPort()).isEqualTo(TestMail.port());
		assertThat(this.queue.reachesPeople()).isTrue();
	}

	@Test
	void mailOverSmtpIsHandedOverWithItsEndHeldBackUntilItIsRecordedAsSent() throws Exception {
		JavaMailSenderImpl smtp = (JavaMailSenderImpl) this.sender;
		assertThat(smtp.getSession().getTransport("smtp"))
			.as("%s / %s", smtp.getJavaMailProperties(), smtp.getSession().getProperties())
			.isInstanceOf(HeldEndTransport.class);
	}

	@Test
	void anSmtpServerThatDoesNotAnswerHoldsAWorkerForTenSecondsAtMost() {
		assertThat(((JavaMailSenderImpl) this.sender).getJavaMailProperties())
			.containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000");
	}

	@Test
	void withoutAHostThereIsNoSenderSoMailGoesToTheOutbox() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(JavaMailSender.class));
	}

}
