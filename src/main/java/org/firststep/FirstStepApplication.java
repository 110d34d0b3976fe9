package org.firststep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * FirstStep: a companion for people who find it hard to ask for help.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class FirstStepApplication {

	/**
	 * Spring logs through Commons Logging. Named here, its factory is not searched for in
	 * every jar at start (3.6 % of the main thread's start-up CPU in a profile), and the
	 * Log4j API one checks the level before it builds a message: the SLF4J one it would
	 * pick builds every trace message Spring asks for, even when nothing is logged. Both
	 * end in SLF4J and Logback.
	 */
	static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

	public static void main(String[] args) {
		nameLogFactory();
		SpringApplication.run(FirstStepApplication.class, args);
	}

	static void nameLogFactory() {
		if (System.getProperty(LOG_FACTORY) == null) {
			System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.Log4jApiLogFactory");
		}
	}

}
