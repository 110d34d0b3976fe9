package org.firststep.platform.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses badly encoded addresses before anything else reads them. Tomcat hands an
 * encoded slash or backslash in a path on as it is, so that the security firewall, not
 * the container, refuses it, with FirstStep's own page and headers.
 */
@Configuration(proxyBeanMethods = false)
class BadAddressConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new BadAddressFilter.Refusal()).order(Integer.MIN_VALUE);
	}

	@Bean
	FilterRegistrationBean<BadAddressFilter> badAddressFilter() {
		FilterRegistrationBean<BadAddressFilter> registration = new FilterRegistrationBean<>(new BadAddressFilter());
		registration.setOrder(Integer.MIN_VALUE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			connector.setEncodedSolidusHandling("passthrough");
			connector.setEncodedReverseSolidusHandling("passthrough");
		});
	}

}
