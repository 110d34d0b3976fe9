package org.firststep.platform.mail;

import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The SMTP server of {@code spring.mail.*}, decided when FirstStep starts. Spring Boot's
 * own mail sender is switched off because it exists only when {@code spring.mail.host} is
 * set, a decision the ahead-of-time processed jar would take once, at build time. TLS is
 * {@code spring.mail.ssl.enabled} or JavaMail's own {@code spring.mail.properties.*};
 * Spring Boot's SSL bundles are not supported, and naming one stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class SmtpServer {

	/**
	 * @return a sender for the configured server, or empty when none is configured
	 */
	static Optional<JavaMailSender> sender(MailProperties properties) {
		if (!StringUtils.hasText(properties.getHost())) {
			return Optional.empty();
		}
		if (properties.getSsl().getBundle() != null) {
			throw new IllegalStateException("spring.mail.ssl.bundle is not supported: use spring.mail.ssl.enabled=true,"
					+ " and the JVM's trust store or spring.mail.properties.mail.smtp.ssl.* for certificates");
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(properties.getHost());
		if (properties.getPort() != null) {
			sender.setPort(properties.getPort());
		}
		sender.setUsername(properties.getUsername());
		sender.setPassword(properties.getPassword());
		sender.setProtocol(properties.getProtocol());
		if (properties.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(properties.getDefaultEncoding().name());
		}
		Properties javaMail = new Properties();
		javaMail.putAll(properties.getProperties());
		if (properties.getSsl().isEnabled()) {
			String protocol = StringUtils.hasLength(properties.getProtocol()) ? properties.getProtocol() : "smtp";
			javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
		}
		sender.setJavaMailProperties(javaMail);
		return Optional.of(sender);
	}

}
