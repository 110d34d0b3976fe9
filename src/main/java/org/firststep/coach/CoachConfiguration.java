package org.firststep.coach;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the message coach, a plain class kept free of Spring so its rules stay plain
 * Java.
 */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

	@Bean
	MessageCoach messageCoach() {
		return new MessageCoach();
	}

}
