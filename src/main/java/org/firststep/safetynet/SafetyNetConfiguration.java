package org.firststep.safetynet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the crisis-language detector, a plain class kept free of Spring so its rules stay
 * plain Java.
 */
@Configuration(proxyBeanMethods = false)
class SafetyNetConfiguration {

	@Bean
	CrisisLanguage crisisLanguage() {
		return new CrisisLanguage();
	}

}
