package org.firststep.privacy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Wires the data key into each request and out of the browser at sign-out. */
@Configuration(proxyBeanMethods = false)
class PrivacyWebConfiguration {

	/** Runs after Spring Security (order -100), so the signed-in account is known. */
	@Bean
	FilterRegistrationBean<DataKeyFilter> dataKeyFilter(SessionKeys sessionKeys) {
		FilterRegistrationBean<DataKeyFilter> registration = new FilterRegistrationBean<>(
				new DataKeyFilter(sessionKeys));
		registration.setOrder(0);
		return registration;
	}

	@Bean
	LogoutHandler forgetSessionKey(SessionKeys sessionKeys) {
		return (request, response, authentication) -> sessionKeys.clear(request, response);
	}

}
